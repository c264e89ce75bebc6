package io.c360.scoring.problem;

import io.c360.common.problem.ApiProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the scoring API as an RFC 9457 problem ({@code application/problem+json}): the
 * service's own exceptions, plus the shared handling of bad parameters and Spring MVC's errors.
 */
@RestControllerAdvice
class ProblemHandler extends ApiProblemHandler {

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
}
