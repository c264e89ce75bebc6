package io.c360.common.problem;

import org.springframework.http.HttpStatus;

/** A request refused with a status and a detail the caller can act on. */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;

  public ApiProblem(HttpStatus status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(HttpStatus.NOT_FOUND, detail);
  }

  public HttpStatus status() {
    return status;
  }
}
