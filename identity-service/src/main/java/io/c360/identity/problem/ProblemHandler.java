package io.c360.identity.problem;

import io.c360.identity.resolution.ConcurrentChangeException;
import io.c360.platform.problem.ApiProblem;
import io.c360.platform.problem.ApiProblemHandler;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the identity API as an RFC 9457 problem ({@code application/problem+json}) through
 * the shared handler, plus what is identity's own: 409 with {@code Retry-After: 1} for a request
 * that raced another change of the profile.
 */
@RestControllerAdvice
class ProblemHandler extends ApiProblemHandler {

  @ExceptionHandler(ConcurrentChangeException.class)
  ResponseEntity<ProblemDetail> conflict(ConcurrentChangeException e) {
    return apiProblem(
        new ApiProblem(
                HttpStatus.CONFLICT,
                "the profile changed while this request ran; nothing was changed, retry")
            .retryAfter(Duration.ofSeconds(1)));
  }
}
