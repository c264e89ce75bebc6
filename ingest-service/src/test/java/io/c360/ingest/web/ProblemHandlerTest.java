package io.c360.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.ingest.publishing.PublishFailedException;
import io.c360.platform.problem.ApiProblem;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/** The statuses SDKs retry on carry Retry-After; the ones they drop do not pretend to. */
class ProblemHandlerTest {

  private final ProblemHandler handler = new ProblemHandler();

  @Test
  void tellsWhenToRetryWhenTheEventStoreDidNotConfirm() {
    var answer =
        handler.unavailable(new PublishFailedException("no ack", new TimeoutException("10 s")));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
  }

  @Test
  void tellsWhenToRetryWhenTooManyRequestsAreInFlight() {
    var answer = handler.apiProblem(new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "busy"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
  }

  @Test
  void givesNoRetryAfterToAMalformedMessage() {
    var answer = handler.apiProblem(new ApiProblem(HttpStatus.BAD_REQUEST, "not JSON"));

    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getHeaders().containsHeader(HttpHeaders.RETRY_AFTER)).isFalse();
  }
}
