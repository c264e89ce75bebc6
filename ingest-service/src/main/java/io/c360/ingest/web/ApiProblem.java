package io.c360.ingest.web;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request the Tracking API refuses as a whole, answered as an RFC 9457 problem with the status, a
 * detail a developer can act on, and extra members (such as each message's reasons).
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final Map<String, Object> members;

  public ApiProblem(HttpStatus status, String detail) {
    this(status, detail, Map.of());
  }

  public ApiProblem(HttpStatus status, String detail, Map<String, Object> members) {
    super(detail, null, false, false);
    this.status = status;
    this.members = Map.copyOf(members);
  }

  public HttpStatus status() {
    return status;
  }

  public Map<String, Object> members() {
    return members;
  }
}
