package io.c360.identity.problem;

import io.c360.common.problem.ApiProblemHandler;
import io.c360.identity.resolution.ConcurrentChangeException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the identity API as an RFC 9457 problem ({@code application/problem+json}): the
 * shared handling of {@link io.c360.common.problem.ApiProblem}, bad parameters and Spring MVC's own
 * errors, plus 409 for a request that raced another change of the profile.
 */
@RestControllerAdvice
class ProblemHandler extends ApiProblemHandler {

  @ExceptionHandler(ConcurrentChangeException.class)
  ResponseEntity<ProblemDetail> conflict(ConcurrentChangeException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .header(HttpHeaders.RETRY_AFTER, "1")
        .body(
            ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT,
                "the profile changed while this request ran; nothing was changed, retry"));
  }
}
