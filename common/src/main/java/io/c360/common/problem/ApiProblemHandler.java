package io.c360.common.problem;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

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

  /**
   * A body that is not valid JSON, or JSON of the wrong shape, gets a detail that says what and
   * where (line and column) instead of Spring's generic "Failed to read request".
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "the request body is not readable JSON";
    if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
      detail += ": " + jackson.getOriginalMessage();
      TokenStreamLocation at = jackson.getLocation();
      if (at != null && at.getLineNr() > 0) {
        detail += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      }
    } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body")) {
      detail = "the request needs a JSON body";
    }
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .body(ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail));
  }

  protected static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
