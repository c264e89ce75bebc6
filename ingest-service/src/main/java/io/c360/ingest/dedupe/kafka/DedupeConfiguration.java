package io.c360.ingest.dedupe.kafka;

import io.c360.ingest.dedupe.DedupeProperties;
import io.c360.ingest.dedupe.InMemoryDedupeWindow;
import io.c360.ingest.dedupe.PublishOnce;
import io.c360.ingest.publishing.EventPublisher;
import io.c360.ingest.stats.EventStats;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/** The dedupe window, warmed up from the event log at startup and pruned every minute. */
@Configuration(proxyBeanMethods = false)
class DedupeConfiguration {

  @Bean
  InMemoryDedupeWindow dedupeWindow(DedupeProperties properties) {
    return new InMemoryDedupeWindow(properties.window(), properties.maxEntries());
  }

  @Bean
  PublishOnce publishOnce(
      InMemoryDedupeWindow dedupeWindow, EventPublisher publisher, EventStats stats) {
    return new PublishOnce(dedupeWindow, publisher, stats);
  }

  @Bean
  DedupeWarmup dedupeWarmup(
      ConsumerFactory<String, byte[]> consumers, InMemoryDedupeWindow dedupeWindow, Clock clock) {
    return new DedupeWarmup(consumers, dedupeWindow, clock, Duration.ofMinutes(10));
  }

  @Bean
  DedupeEviction dedupeEviction(InMemoryDedupeWindow dedupeWindow, Clock clock) {
    return new DedupeEviction(dedupeWindow, clock);
  }

  static final class DedupeEviction {
    private final InMemoryDedupeWindow window;
    private final Clock clock;

    DedupeEviction(InMemoryDedupeWindow window, Clock clock) {
      this.window = window;
      this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1M")
    void evict() {
      window.evictOlderThan(clock.instant());
    }
  }
}
