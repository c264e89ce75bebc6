package io.c360.ingest.imports;

import static io.c360.ingest.support.Credentials.ADMIN_TOKEN;
import static io.c360.ingest.support.Credentials.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.devstack.test.WithDevStack;
import io.c360.ingest.support.ImportFiles;
import io.c360.ingest.support.IngestClient;
import io.c360.ingest.support.IngestProcess;
import io.c360.ingest.support.Messages;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * ingest-service as a child JVM is {@code kill -9}ed in the middle of an import and started again;
 * the new process takes the import over once the dead one's lease ran out and finishes it, and
 * every order is on {@code c360.events.v1} exactly once.
 */
@WithDevStack
class ImportKillIntegrationTest {

  private static final int ORDERS = 40_000;
  private static final Pattern ORDER_ID = Pattern.compile("\"order_id\":\"([^\"]+)\"");
  private static final List<String> SHORT_LEASE =
      List.of("--c360.ingest.imports.lease=6s", "--c360.ingest.imports.sweep-every=2s");

  @Test
  void anImportCutByKillNineIsFinishedByTheRestartedProcessWithEveryOrderOnce() {
    String prefix = "kill" + UUID.randomUUID().toString().substring(0, 6);
    String key = ImportFiles.write("pos.csv", ImportFiles.posOrders(prefix, ORDERS));
    int rows = ORDERS * 2 + ORDERS / 10;

    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      String id;
      try (IngestProcess first = IngestProcess.start(SHORT_LEASE, Duration.ofMinutes(3))) {
        var client = new IngestClient(first.port());
        var started =
            client.post(
                "/v1/imports",
                bearer(ADMIN_TOKEN),
                Messages.json(Map.of("kind", "pos-sales", "key", key)));
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        id = started.body().get("importId").asString();
        JsonNode running = awaitCheckpoint(client, id);
        assertThat(running.get("checkpointRow").asLong()).isLessThan(rows);
        first.kill();
      }

      try (IngestProcess second = IngestProcess.start(SHORT_LEASE, Duration.ofMinutes(3))) {
        JsonNode done = awaitEnd(new IngestClient(second.port()), id, Duration.ofMinutes(4));

        assertThat(done.get("status").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("rowsRead").asLong()).isEqualTo(rows);
        assertThat(done.get("rejected").asLong()).isEqualTo(ORDERS / 10);
      }

      Map<String, Integer> perOrder = new HashMap<>();
      List<ConsumerRecord<String, String>> seen =
          new ArrayList<>(events.await(ORDERS, r -> r.value().contains(prefix)));
      seen.addAll(events.drain(Duration.ofSeconds(3), r -> r.value().contains(prefix)));
      for (var record : seen) {
        Matcher m = ORDER_ID.matcher(record.value());
        assertThat(m.find()).isTrue();
        perOrder.merge(m.group(1), 1, Integer::sum);
      }
      assertThat(perOrder).hasSize(ORDERS);
      assertThat(perOrder.values()).containsOnly(1);
    }
  }

  private static JsonNode awaitCheckpoint(IngestClient client, String id) {
    Instant deadline = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(deadline)) {
      JsonNode report = client.get("/v1/imports/" + id, bearer(ADMIN_TOKEN)).body();
      if (report.get("checkpointRow").asLong() > 0) {
        return report;
      }
      pause();
    }
    throw new AssertionError("import " + id + " made no checkpoint in 60 s");
  }

  private static JsonNode awaitEnd(IngestClient client, String id, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      JsonNode report = client.get("/v1/imports/" + id, bearer(ADMIN_TOKEN)).body();
      String status = report.get("status").asString();
      if (status.equals("COMPLETED") || status.equals("FAILED")) {
        return report;
      }
      pause();
    }
    throw new AssertionError("import " + id + " did not end in " + timeout);
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
