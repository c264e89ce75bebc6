package io.c360.common.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * What every service's problem handler shares: an {@link ApiProblem} and a query parameter of the
 * wrong type become RFC 9457 problems, and Spring MVC's own errors (unreadable bodies, missing
 * parameters, 405, 415, ...) get the same shape through the base class. A service extends it in a
 * {@code @RestControllerAdvice} and adds its own exceptions.
 */
public abstract class ApiProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(ApiProblem.class)
  public ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    return problem(problem.status(), problem.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  public ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'");
  }

  protected static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
