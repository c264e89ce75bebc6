package io.c360.ingest.collect;

import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static io.c360.ingest.support.Credentials.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.Eventually;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.ClientSdks;
import io.c360.ingest.support.IngestClient.Answer;
import io.c360.ingest.support.Messages;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Past the in-flight limit SDKs are told to come back later, and told when. */
@TestPropertySource(properties = "c360.ingest.sdk.max-in-flight=1")
class InFlightLimitIntegrationTest extends IngestIntegrationTest {

  @Test
  void answers429WithRetryAfterWhileTheLimitIsReachedAndAcceptsAgainAfterwards()
      throws IOException {
    var message = Messages.track("user-limit", "Product Viewed");
    try (Socket slow = new Socket("localhost", port)) {
      // a request whose body has not arrived yet holds the only permit
      OutputStream out = slow.getOutputStream();
      out.write(
          ("POST /v1/track HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Authorization: "
                  + basic(WEB_WRITE_KEY)
                  + "\r\nContent-Length: 500\r\n\r\n{\"type\":")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();

      Eventually.within(
          Duration.ofSeconds(10),
          () -> {
            Answer refused =
                ClientSdks.browserCall(WEB_WRITE_KEY, message, "https://shop.example", 1)
                    .sendTo(client());
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isEqualTo("1");
            assertThat(refused.header("Access-Control-Expose-Headers")).contains("Retry-After");
            assertThat(refused.contentType()).isEqualTo("application/problem+json");
          });
    }
    Eventually.within(
        Duration.ofSeconds(10),
        () ->
            assertThat(
                    client()
                        .post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(message))
                        .status())
                .isEqualTo(200));
  }
}
