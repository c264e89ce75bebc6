package io.c360.activation.segment;

import io.c360.activation.profile.ProfileDirectory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Segment sync service and its counters ({@link OutboxSegmentDestination} is its destination
 * when no write key is configured, {@link io.c360.activation.segment.client} provides Segment's
 * client otherwise).
 */
@Configuration(proxyBeanMethods = false)
class SegmentConfiguration {

  @Bean
  SegmentSync segmentSync(
      ProfileDirectory profiles,
      SegmentDestination destination,
      ObjectProvider<Clock> clock,
      MeterRegistry meters) {
    SegmentSync sync =
        new SegmentSync(profiles, destination, clock.getIfAvailable(Clock::systemUTC));
    FunctionCounter.builder("c360.activation.segment.identifies", sync, SegmentSync::sentCount)
        .tag("outcome", "sent")
        .description("identify calls accepted by Segment (or the outbox)")
        .register(meters);
    FunctionCounter.builder("c360.activation.segment.identifies", sync, SegmentSync::skippedCount)
        .tag("outcome", "skipped")
        .description("profiles without a userId or anonymousId, or not found")
        .register(meters);
    return sync;
  }
}
