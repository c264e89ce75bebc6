package io.c360.ingest.dedupe.kafka;

import io.c360.ingest.dedupe.DedupeProperties;
import io.c360.ingest.dedupe.InMemoryDedupeWindow;
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
  DedupeWarmup dedupeWarmup(
      ConsumerFactory<String, byte[]> consumers, InMemoryDedupeWindow dedupeWindow) {
    return new DedupeWarmup(consumers, dedupeWindow, Clock.systemUTC(), Duration.ofMinutes(10));
  }

  @Bean
  DedupeEviction dedupeEviction(InMemoryDedupeWindow dedupeWindow) {
    return new DedupeEviction(dedupeWindow);
  }

  static final class DedupeEviction {
    private final InMemoryDedupeWindow window;

    DedupeEviction(InMemoryDedupeWindow window) {
      this.window = window;
    }

    @Scheduled(fixedDelayString = "PT1M")
    void evict() {
      window.evictOlderThan(Clock.systemUTC().instant());
    }
  }
}
