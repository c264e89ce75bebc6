package io.c360.ingest.collect.web;

import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static io.c360.ingest.support.Credentials.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.ClientSdks;
import io.c360.ingest.support.IngestClient.Answer;
import io.c360.ingest.support.Messages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Past the in-flight limit SDKs are told to come back later, and told when. */
@TestPropertySource(properties = "c360.ingest.sdk.max-in-flight=1")
class InFlightLimitIntegrationTest extends IngestIntegrationTest {

  @Autowired private InFlightLimit inFlight;

  @Test
  void answers429WithRetryAfterWhileTheLimitIsReachedAndAcceptsAgainAfterwards() {
    var message = Messages.track("user-limit", "Product Viewed");

    // a request being handled holds the only permit
    try (var held = inFlight.acquire()) {
      Answer refused =
          ClientSdks.browserCall(WEB_WRITE_KEY, message, "https://shop.example", 1)
              .sendTo(client());

      assertThat(refused.status()).isEqualTo(429);
      assertThat(refused.header("Retry-After")).isEqualTo("1");
      assertThat(refused.header("Access-Control-Expose-Headers")).contains("Retry-After");
      assertThat(refused.contentType()).isEqualTo("application/problem+json");
    }
    assertThat(client().post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(message)).status())
        .isEqualTo(200);
  }
}
