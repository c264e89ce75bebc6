package io.c360.ingest.stats;

import static io.c360.ingest.support.Credentials.ADMIN_TOKEN;
import static io.c360.ingest.support.Credentials.APP_TOKEN;
import static io.c360.ingest.support.Credentials.IOS_WRITE_KEY;
import static io.c360.ingest.support.Credentials.basic;
import static io.c360.ingest.support.Credentials.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.IngestClient.Answer;
import io.c360.ingest.support.Messages;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** What the console's event statistics show after a source sent new, repeated and bad events. */
class EventStatsIntegrationTest extends IngestIntegrationTest {

  private record Totals(long accepted, long duplicates, long quarantined, long missingUser) {}

  @Test
  void countsAcceptedDuplicateAndQuarantinedEventsPerSource() {
    Totals before = totals("ios");
    String id = UUID.randomUUID().toString();
    Map<String, Object> first = track("m1-" + id);
    Map<String, Object> second = track("m2-" + id);
    Map<String, Object> noUser =
        Map.of("type", "track", "event", "Product Viewed", "messageId", "m3-" + id);

    Answer sent =
        client()
            .post(
                "/v1/batch",
                basic(IOS_WRITE_KEY),
                Messages.json(Map.of("batch", List.of(first, second, noUser))));
    assertThat(sent.status()).as(sent.raw()).isEqualTo(200);
    client()
        .post("/v1/batch", basic(IOS_WRITE_KEY), Messages.json(Map.of("batch", List.of(first))));

    Totals after = totals("ios");
    assertThat(after.accepted() - before.accepted()).isEqualTo(2);
    assertThat(after.duplicates() - before.duplicates()).isEqualTo(1);
    assertThat(after.quarantined() - before.quarantined()).isEqualTo(1);
    assertThat(after.missingUser() - before.missingUser()).isEqualTo(1);
  }

  @Test
  void answersOnlyReadersOfStatisticsAndHoursUpToAWeek() {
    assertThat(client().get("/v1/events/stats", null).status()).isEqualTo(401);
    assertThat(client().get("/v1/events/stats", bearer(APP_TOKEN)).status()).isEqualTo(403);
    Answer tooLong = client().get("/v1/events/stats?hours=169", bearer(ADMIN_TOKEN));
    assertThat(tooLong.status()).isEqualTo(400);
    assertThat(tooLong.body().get("detail").asString()).contains("between 1 and 168");
  }

  private static Map<String, Object> track(String messageId) {
    return Map.of(
        "type", "track", "event", "Product Viewed", "userId", "u-stats", "messageId", messageId);
  }

  private Totals totals(String source) {
    Answer answer = client().get("/v1/events/stats?hours=2", bearer(ADMIN_TOKEN));
    assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
    long accepted = 0;
    long duplicates = 0;
    long quarantined = 0;
    long missingUser = 0;
    for (JsonNode bucket : answer.body().get("buckets")) {
      if (!bucket.get("source").asString().equals(source)) {
        continue;
      }
      accepted += bucket.get("accepted").asLong();
      duplicates += bucket.get("duplicates").asLong();
      quarantined += bucket.get("quarantined").asLong();
      for (var reason : bucket.get("quarantinedByReason").properties()) {
        if (reason.getKey().contains("userId")) {
          missingUser += reason.getValue().asLong();
        }
      }
    }
    return new Totals(accepted, duplicates, quarantined, missingUser);
  }
}
