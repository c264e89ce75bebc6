package io.c360.identity.support;

import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.DevStackExtension;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes events to {@code c360.events.v1} as ingest does (same key, same JSON). */
public final class EventSender {

  private static KafkaProducer<String, byte[]> producer;

  private EventSender() {}

  public static synchronized void send(List<CustomerEvent> events) {
    if (producer == null) {
      Properties props = new Properties();
      props.put(
          ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
          DevStackExtension.stack().kafkaBootstrapServers());
      props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
      props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
      props.put(ProducerConfig.ACKS_CONFIG, "all");
      producer = new KafkaProducer<>(props);
    }
    try {
      for (CustomerEvent event : events) {
        producer
            .send(
                new ProducerRecord<>(
                    Topics.EVENTS.name(),
                    event.partitionKey(),
                    EventJson.mapper().writeValueAsBytes(event)))
            .get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void send(CustomerEvent... events) {
    send(List.of(events));
  }
}
