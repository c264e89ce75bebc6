package io.c360.ingest.collect.web;

import io.c360.platform.problem.ApiProblem;
import java.util.concurrent.Semaphore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Sheds load before it piles up: with virtual threads nothing else bounds how many tracking
 * requests wait on Kafka at once, so past the limit a request is answered 429 with Retry-After,
 * which every Segment SDK honours by retrying later.
 */
@Component
class InFlightLimit {

  private final Semaphore permits;

  InFlightLimit(SdkProperties sdk) {
    this.permits = new Semaphore(sdk.maxInFlight());
  }

  /** A held permit; close it when the request is answered. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }

  Permit acquire() {
    if (!permits.tryAcquire()) {
      throw new ApiProblem(
          HttpStatus.TOO_MANY_REQUESTS,
          "ingest is handling as many requests as it may at once; retry after the delay in"
              + " Retry-After");
    }
    return permits::release;
  }
}
