package io.c360.identity.resolution;

import static io.c360.identity.support.Events.unique;
import static io.c360.identity.support.IdentityClient.ANALYST_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.Topics;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicReader;
import io.c360.devstack.test.TopicWriter;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.support.EventSender;
import io.c360.identity.support.Events;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A record on {@code c360.events.v1} that is not a customer event goes to the resolution listener's
 * dead-letter topic, as it was, and does not stop the events after it.
 */
class DeadLetterIntegrationTest extends IdentityIntegrationTest {

  private static final String DLT = Topics.EVENTS.name() + ".identity-resolution.dlt";

  @Test
  void poisonRecordsGoToTheDeadLetterTopicAndTheFollowingEventsAreStillResolved() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    String anon = unique("anon");
    String notJson = "not json {";
    String wrongShape = "{\"messageId\":{\"an\":\"object\"},\"anonymousId\":\"" + anon + "\"}";
    try (TopicReader dead = new TopicReader(DLT);
        TopicWriter writer = new TopicWriter()) {
      // same key as the events after them: the same partition, so they come first
      writer.send(Topics.EVENTS.name(), anon, notJson);
      writer.send(Topics.EVENTS.name(), anon, wrongShape);
      EventSender.send(
          Events.page(now.minusSeconds(120), anon),
          Events.productViewed(now.minusSeconds(60), anon, "SKU-DLT"));

      Eventually.assertThat(
          () -> {
            Response response = client().get("/v1/profiles?anonymousId=" + anon, ANALYST_TOKEN);
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode computed = response.json().get("computed");
            assertThat(computed.get("productViews30d").asLong()).isEqualTo(1);
          });

      List<ConsumerRecord<String, String>> letters = dead.await(2, r -> anon.equals(r.key()));
      assertThat(letters).extracting(ConsumerRecord::value).containsExactly(notJson, wrongShape);
      for (ConsumerRecord<String, String> letter : letters) {
        assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo(Topics.EVENTS.name());
        assertThat(header(letter, "kafka_dlt-original-consumer-group"))
            .isEqualTo("identity-resolution");
        assertThat(header(letter, "kafka_dlt-exception-fqcn"))
            .isEqualTo("org.springframework.kafka.support.serializer.DeserializationException");
      }
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String name) {
    Header header = record.headers().lastHeader(name);
    assertThat(header).as("header %s", name).isNotNull();
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
