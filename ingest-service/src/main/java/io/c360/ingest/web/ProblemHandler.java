package io.c360.ingest.web;

import io.c360.ingest.publishing.PublishFailedException;
import io.c360.platform.problem.ApiProblem;
import io.c360.platform.problem.ApiProblemHandler;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the ingest API as an RFC 9457 problem through the shared {@link
 * ApiProblemHandler}; what is ingest's own: a {@code 401} names the Basic realm SDKs send their
 * write key to, and an event store that did not confirm a write is a {@code 503} with {@code
 * Retry-After: 5}.
 */
@RestControllerAdvice
class ProblemHandler extends ApiProblemHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @Override
  protected void addHeaders(ApiProblem problem, HttpHeaders headers) {
    if (problem.status() == HttpStatus.UNAUTHORIZED) {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"c360-ingest\"");
    }
  }

  @ExceptionHandler(PublishFailedException.class)
  ResponseEntity<ProblemDetail> unavailable(PublishFailedException e) {
    log.warn("event store unavailable: {}", e.getMessage());
    return apiProblem(
        new ApiProblem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "the event store did not confirm the write, so nothing was stored; retry later")
            .retryAfter(Duration.ofSeconds(5)));
  }
}
