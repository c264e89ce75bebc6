package io.c360.ingest.publishing.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Up while the Kafka cluster answers; part of the readiness group, so a load balancer stops sending
 * events to an instance that could not store them. The answer is cached for a few seconds so
 * frequent probes do not hammer the brokers.
 */
class KafkaHealthIndicator implements HealthIndicator, AutoCloseable {

  private static final Duration CACHE = Duration.ofSeconds(5);
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  private final Admin admin;
  private final Clock clock;
  private volatile Health last = Health.unknown().build();
  private volatile Instant checkedAt = Instant.EPOCH;

  KafkaHealthIndicator(Map<String, Object> adminConfig, Clock clock) {
    this.admin = Admin.create(adminConfig);
    this.clock = clock;
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    if (now.isBefore(checkedAt.plus(CACHE))) {
      return last;
    }
    Health health;
    try {
      var cluster =
          admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis()));
      int brokers = cluster.nodes().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).size();
      health =
          brokers > 0
              ? Health.up().withDetail("brokers", brokers).build()
              : Health.down().withDetail("reason", "no broker is up").build();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      health = Health.down().withDetail("reason", "Kafka does not answer: " + e).build();
    }
    last = health;
    checkedAt = now;
    return health;
  }

  @Override
  public void close() {
    admin.close(Duration.ofSeconds(2));
  }
}
