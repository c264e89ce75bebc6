package io.c360.identity.support;

import io.c360.common.json.EventJson;
import io.c360.common.score.ScoresUpdated;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.TopicWriter;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Publishes {@code ScoresUpdated} records to {@code c360.scores.v1} as scoring-service does (key:
 * profileId), and tells whether identity's projection has consumed a record (its consumer group's
 * committed offset is past it).
 */
public final class ScoreSender {

  /** The consumer group of identity's score projection. */
  public static final String GROUP = "identity-service-scores";

  private static TopicWriter writer;

  private ScoreSender() {}

  private static synchronized TopicWriter writer() {
    if (writer == null) {
      writer = new TopicWriter();
    }
    return writer;
  }

  /** Publishes the record and returns where it landed. */
  public static RecordMetadata send(ScoresUpdated update) {
    return writer()
        .send(
            Topics.SCORES.name(),
            update.profileId(),
            EventJson.mapper().writeValueAsString(update));
  }

  /** Whether the projection committed its offset past the record (it is stored, or ignored). */
  public static boolean consumed(RecordMetadata record) {
    Properties props = new Properties();
    props.put(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        DevStackExtension.stack().kafkaBootstrapServers());
    try (Admin admin = Admin.create(props)) {
      Map<TopicPartition, OffsetAndMetadata> offsets =
          admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
      OffsetAndMetadata committed =
          offsets.get(new TopicPartition(record.topic(), record.partition()));
      return committed != null && committed.offset() > record.offset();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }
}
