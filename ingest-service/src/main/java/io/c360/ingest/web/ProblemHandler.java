package io.c360.ingest.web;

import io.c360.ingest.publishing.PublishFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the ingest API as an RFC 9457 problem ({@code application/problem+json}); Spring
 * MVC's own errors (405, 415, 406, ...) get the same shape through the base class.
 */
@RestControllerAdvice
public class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  @ExceptionHandler(ApiProblem.class)
  ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), problem.getMessage());
    problem.members().forEach(body::setProperty);
    var response = ResponseEntity.status(problem.status());
    if (problem.status() == HttpStatus.UNAUTHORIZED) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"c360-ingest\"");
    }
    if (problem.status() == HttpStatus.TOO_MANY_REQUESTS) {
      response.header(HttpHeaders.RETRY_AFTER, "1");
    }
    return response.body(body);
  }

  @ExceptionHandler(PublishFailedException.class)
  ResponseEntity<ProblemDetail> unavailable(PublishFailedException e) {
    log.warn("event store unavailable: {}", e.getMessage());
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.SERVICE_UNAVAILABLE,
            "the event store did not confirm the write, so nothing was stored; retry later");
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, "5")
        .body(body);
  }
}
