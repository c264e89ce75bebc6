package io.c360.recommendation.problem;

import io.c360.common.problem.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the recommendation API as an RFC 9457 problem ({@code application/problem+json});
 * Spring MVC's own errors (unreadable bodies, missing parameters, 405, 415, ...) get the same shape
 * through the base class.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    return ResponseEntity.status(problem.status())
        .body(ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return ResponseEntity.badRequest()
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                "parameter '" + e.getName() + "' has an invalid value '" + e.getValue() + "'"));
  }
}
