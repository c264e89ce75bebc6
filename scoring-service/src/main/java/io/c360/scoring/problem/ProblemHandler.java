package io.c360.scoring.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the scoring API as an RFC 9457 problem ({@code application/problem+json}); Spring
 * MVC's own errors (unreadable bodies, 405, 415, ...) get the same shape through the base class.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(UnknownResourceException.class)
  ResponseEntity<ProblemDetail> unknown(UnknownResourceException e) {
    return problem(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(GoneException.class)
  ResponseEntity<ProblemDetail> gone(GoneException e) {
    return problem(HttpStatus.GONE, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ProblemDetail> conflict(ConflictException e) {
    return problem(HttpStatus.CONFLICT, e.getMessage());
  }

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
    ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, e.getMessage());
    if (!e.problems().isEmpty()) {
      response.getBody().setProperty("problems", e.problems());
    }
    return response;
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return problem(
        HttpStatus.BAD_REQUEST,
        "parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'");
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
  }
}
