package io.c360.activation.segment.client;

import com.segment.analytics.Analytics;
import io.c360.activation.segment.SegmentDestination;
import io.c360.activation.segment.SegmentProperties;
import io.c360.activation.segment.SegmentWriteKey;
import java.util.concurrent.TimeUnit;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Segment's Java client when {@code c360.activation.segment.write-key} is set. */
@Configuration(proxyBeanMethods = false)
@Conditional(SegmentWriteKey.Present.class)
class SegmentClientConfiguration {

  @Bean(destroyMethod = "close")
  SegmentDestination segmentClientDestination(SegmentProperties properties) {
    return new SegmentClientDestination(builder(properties), properties.timeout());
  }

  /** The client's builder from the properties; the write key goes nowhere else. */
  static Analytics.Builder builder(SegmentProperties properties) {
    return Analytics.builder(properties.writeKey())
        .endpoint(properties.endpoint())
        .flushQueueSize(properties.flushQueueSize())
        .flushInterval(properties.flushInterval().toMillis(), TimeUnit.MILLISECONDS)
        .retries(properties.retries());
  }
}
