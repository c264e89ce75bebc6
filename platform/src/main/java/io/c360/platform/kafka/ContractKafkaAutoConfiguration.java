package io.c360.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ConsumerRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.converter.ConversionException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;
import org.springframework.messaging.handler.invocation.MethodArgumentResolutionException;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The one error handler of every service's listeners, and their dead-letter topics.
 *
 * <p>A failure is retried with exponential back-off (200 ms doubling up to 30 s) without end:
 * DynamoDB or Kafka unavailable, timeouts, and bugs too, so nothing is skipped while it lasts and
 * the offsets are committed only after success. Only a record that can never succeed is not
 * retried: one the {@link ContractDeserializer} could not read ({@link DeserializationException}),
 * one a listener rejected ({@link InvalidRecordException}), and one that cannot be converted to the
 * listener's parameter. It is published to its consumer's dead-letter topic ({@link
 * DeadLetterTopics}) with its original key, value bytes and headers plus Spring Kafka's {@code
 * kafka_dlt-*} headers (exception, original topic, partition, offset, timestamp, consumer group),
 * and skipped. When the dead letter cannot be published, the record is retried, not lost.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass({KafkaTemplate.class, KafkaAutoConfiguration.class})
@ConditionalOnBean({ProducerFactory.class, KafkaAdmin.class})
public class ContractKafkaAutoConfiguration {

  /** The counter of published dead letters. */
  public static final String DEAD_LETTERS = "c360.kafka.dead.letters";

  @Bean
  DeadLetterTopics deadLetterTopics(
      KafkaAdmin admin,
      ObjectProvider<KafkaListenerEndpointRegistry> registry,
      @Value("${c360.kafka.dead-letter-retention:P30D}") Duration retention) {
    return new DeadLetterTopics(admin, registry, retention);
  }

  @Bean
  @SuppressWarnings("unchecked")
  DefaultErrorHandler kafkaErrorHandler(
      ProducerFactory<?, ?> producers,
      DeadLetterTopics deadLetterTopics,
      ObjectProvider<MeterRegistry> meters) {
    KafkaTemplate<Object, Object> template =
        new KafkaTemplate<>(
            (ProducerFactory<Object, Object>) producers,
            Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ContractSerializer.class));
    DeadLetterPublishingRecoverer recoverer =
        new DeadLetterPublishingRecoverer(template, deadLetterTopics::destination);
    ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
    backOff.setMaxInterval(30_000);
    backOff.setMaxElapsedTime(Long.MAX_VALUE);
    DefaultErrorHandler handler =
        new DefaultErrorHandler(counted(recoverer, deadLetterTopics, meters), backOff);
    handler.setClassifications(
        Map.of(
            DeserializationException.class, false,
            InvalidRecordException.class, false,
            MessageConversionException.class, false,
            ConversionException.class, false,
            MethodArgumentResolutionException.class, false),
        true);
    return handler;
  }

  /**
   * Counts each dead letter once it is published, as {@value #DEAD_LETTERS} tagged with the source
   * {@code topic} and its {@code dead.letter.topic}: what an operator alerts on.
   */
  private static ConsumerRecordRecoverer counted(
      DeadLetterPublishingRecoverer recoverer,
      DeadLetterTopics deadLetterTopics,
      ObjectProvider<MeterRegistry> meters) {
    return (record, failure) -> {
      recoverer.accept(record, failure);
      MeterRegistry registry = meters.getIfAvailable();
      if (registry != null) {
        registry
            .counter(
                DEAD_LETTERS,
                "topic",
                record.topic(),
                "dead.letter.topic",
                deadLetterTopics.destination(record, failure).topic())
            .increment();
      }
    };
  }
}
