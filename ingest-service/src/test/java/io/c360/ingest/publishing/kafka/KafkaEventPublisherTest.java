package io.c360.ingest.publishing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.ingest.publishing.PublishFailedException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** With the broker gone, a publish gives up within its time and says so; it never hangs. */
class KafkaEventPublisherTest {

  @Test
  void failsWithinTheAckTimeoutWhenNoBrokerAnswers() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Duration ackTimeout = Duration.ofSeconds(2);
    var producers =
        new DefaultKafkaProducerFactory<String, byte[]>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "localhost:" + closedPort,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG,
                "all"));
    // the same template the service builds: max.block.ms bounded by the ack timeout
    var config = new KafkaPublishingConfiguration();
    KafkaTemplate<String, byte[]> template =
        config.eventKafkaTemplate(
            producers, new KafkaPublishingConfiguration.PublishingProperties(ackTimeout));
    var publisher = new KafkaEventPublisher(template, EventJson.mapper(), ackTimeout);
    CustomerEvent event =
        EventJson.mapper()
            .readValue(
                """
                {"messageId":"m-1","type":"track","event":"Product Viewed","userId":"u-1",
                 "source":"web","timestamp":"2026-12-01T10:00:00Z",
                 "receivedAt":"2026-12-01T10:00:00Z","identifiers":[]}
                """,
                CustomerEvent.class);
    try {
      // far below the producer's own 60 s default; the service answers 503 with Retry-After then
      assertTimeoutPreemptively(
          Duration.ofSeconds(15),
          () ->
              assertThatThrownBy(() -> publisher.publishEvents(List.of(event)))
                  .isInstanceOf(PublishFailedException.class)
                  .satisfies(e -> assertThat(e.getMessage()).isNotBlank()));
    } finally {
      producers.destroy();
    }
  }
}
