package io.c360.ingest.dedupe;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InMemoryDedupeWindowTest {

  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  @Test
  void claimsAMessageIdOncePerSource() {
    var window = new InMemoryDedupeWindow(Duration.ofHours(24), 1_000_000);

    assertThat(window.reserve("web", "m1", T0)).isTrue();
    assertThat(window.reserve("web", "m1", T0.plusSeconds(5))).isFalse();
    assertThat(window.reserve("ios", "m1", T0.plusSeconds(5))).isTrue();
  }

  @Test
  void forgetsAMessageIdOnceTheWindowHasPassed() {
    var window = new InMemoryDedupeWindow(Duration.ofHours(24), 1_000_000);
    window.reserve("web", "m1", T0);

    assertThat(window.reserve("web", "m1", T0.plus(Duration.ofHours(23)))).isFalse();
    assertThat(window.reserve("web", "m1", T0.plus(Duration.ofHours(25)))).isTrue();
  }

  @Test
  void releasedClaimsCanBeClaimedAgain() {
    var window = new InMemoryDedupeWindow(Duration.ofHours(24), 1_000_000);
    window.reserve("web", "m1", T0);
    window.release("web", "m1");

    assertThat(window.reserve("web", "m1", T0)).isTrue();
  }

  @Test
  void evictsOnlyExpiredEntries() {
    var window = new InMemoryDedupeWindow(Duration.ofHours(1), 1_000_000);
    window.reserve("web", "old", T0);
    window.remember("web", "recent", T0.plus(Duration.ofMinutes(50)));

    window.evictOlderThan(T0.plus(Duration.ofMinutes(90)));

    assertThat(window.size()).isEqualTo(1);
    assertThat(window.reserve("web", "recent", T0.plus(Duration.ofMinutes(91)))).isFalse();
  }

  @Test
  void concurrentClaimsOfOneMessageIdSucceedExactlyOnce() throws Exception {
    var window = new InMemoryDedupeWindow(Duration.ofHours(24), 1_000_000);
    try (var pool = Executors.newFixedThreadPool(8)) {
      var claims =
          pool.invokeAll(
              IntStream.range(0, 64)
                  .<Callable<Boolean>>mapToObj(i -> () -> window.reserve("web", "same", T0))
                  .toList());
      long won = 0;
      for (Future<Boolean> claim : claims) {
        if (claim.get()) {
          won++;
        }
      }
      assertThat(won).isEqualTo(1);
    }
  }

  @Test
  void forgetsTheOldestFirstWhenOverItsCapSoMemoryStaysBounded() {
    var window = new InMemoryDedupeWindow(Duration.ofHours(24), 1_000);
    for (int i = 0; i < 5_000; i++) {
      window.reserve("web", "m" + i, T0.plusSeconds(i));
    }

    assertThat(window.size()).isLessThanOrEqualTo(1_000);
    assertThat(window.effectiveWindow()).isLessThan(Duration.ofHours(24));
    assertThat(window.reserve("web", "m4999", T0.plusSeconds(5_000))).isFalse();
    assertThat(window.reserve("web", "m0", T0.plusSeconds(5_000))).isTrue();
  }
}
