package io.c360.ingest.dedupe;

import static io.c360.ingest.support.Credentials.WEB_WRITE_KEY;
import static io.c360.ingest.support.Credentials.basic;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.devstack.test.WithDevStack;
import io.c360.ingest.IngestApplication;
import io.c360.ingest.support.IngestClient;
import io.c360.ingest.support.Messages;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A duplicate sent after the service restarted is still published once. */
@WithDevStack
class DedupeAcrossRestartIntegrationTest {

  private static ConfigurableApplicationContext startService() {
    return new SpringApplicationBuilder(IngestApplication.class)
        .profiles("test")
        .run("--server.port=0");
  }

  private static int port(ConfigurableApplicationContext context) {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  @Test
  void dropsADuplicateSentAfterARestart() {
    String userId = "restart-" + UUID.randomUUID();
    Map<String, Object> track = Messages.track(userId, "Order Completed");
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      try (var first = startService()) {
        var answer =
            new IngestClient(port(first))
                .post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(track));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("accepted").asInt()).isEqualTo(1);
      }
      try (var second = startService()) {
        var answer =
            new IngestClient(port(second))
                .post("/v1/track", basic(WEB_WRITE_KEY), Messages.json(track));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().get("duplicates").asInt()).isEqualTo(1);
      }
      assertThat(events.drain(Duration.ofSeconds(2), r -> userId.equals(r.key()))).hasSize(1);
    }
  }
}
