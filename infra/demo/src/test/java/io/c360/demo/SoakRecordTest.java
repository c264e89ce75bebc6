package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoakRecordTest {

  private static final Instant T0 = Instant.parse("2026-12-03T20:50:00Z");

  @Test
  void aLeakingHeapAndAGrowingLagReadAsSuchWhileAFlatServiceReadsFlat() {
    SoakRecord record = new SoakRecord(new StringWriter());
    for (int minute = 0; minute <= 30; minute++) {
      // identity's heap after GC grows 3 MB a minute and its group falls behind by 600 a minute;
      // scoring's wobbles around 80 MB and its group stays at zero
      double identityHeap = 100 + 3 * minute;
      double scoringHeap = 80 + (minute % 2 == 0 ? 2 : -2);
      record.add(
          minute(
              minute,
              Map.of(
                  "identity",
                      jvm(identityHeap + 50, identityHeap, 10 * minute, minute == 7 ? 240 : 12),
                  "scoring", jvm(scoringHeap + 40, scoringHeap, 5 * minute, 8)),
              List.of(
                  new ConsumerLag.Group("identity-resolution", "Stable", 600L * minute),
                  new ConsumerLag.Group("scoring-profile-changes", "Stable", 0))));
    }

    List<SoakRecord.Verdict> verdicts = record.verdicts(1, 30, 100);

    SoakRecord.Verdict identity = verdicts.get(0);
    assertThat(identity.service()).isEqualTo("identity");
    assertThat(identity.heapSlopeMbPerMinute()).isCloseTo(3.0, within(1e-9));
    assertThat(identity.heapBasis()).isEqualTo("after GC");
    assertThat(identity.heapFirstMb()).isEqualTo(130); // minute 10: the trend's first
    assertThat(identity.heapLastMb()).isEqualTo(190);
    assertThat(identity.maxGcPauseMs()).isEqualTo(240);
    assertThat(identity.gcPauseMsPerMinute()).isCloseTo(10.0, within(1e-9));
    assertThat(identity.lagFirst()).isEqualTo(600);
    assertThat(identity.lagLast()).isEqualTo(18_000);
    assertThat(identity.lagMax()).isEqualTo(18_000);
    assertThat(identity.reading()).isEqualTo("heap grows; lag grows");

    SoakRecord.Verdict scoring = verdicts.get(1);
    assertThat(scoring.heapSlopeMbPerMinute()).isBetween(-0.2, 0.2);
    assertThat(scoring.lagLast()).isZero();
    assertThat(scoring.reading()).isEqualTo("heap flat; lag keeps up");
  }

  @Test
  void aJvmThatNeverReportedItsHeapAfterGcIsJudgedOnItsHeapUsed() {
    SoakRecord record = new SoakRecord(new StringWriter());
    for (int minute = 0; minute <= 3; minute++) {
      record.add(
          minute(minute, Map.of("ingest", jvm(200 - 2 * minute, Double.NaN, 0, 3)), List.of()));
    }

    SoakRecord.Verdict ingest = record.verdicts(1, 3, 100).getFirst();

    assertThat(ingest.heapBasis()).isEqualTo("used");
    assertThat(ingest.heapSlopeMbPerMinute()).isCloseTo(-2.0, within(1e-9));
    assertThat(ingest.lagFirst()).isNull();
    assertThat(ingest.reading()).isEqualTo("heap falls; no consumer group");
  }

  @Test
  void anEmptyGroupLeftByAnEarlierStartCountsForNoService() {
    SoakRecord.Minute m =
        minute(
            1,
            Map.of(),
            List.of(
                new ConsumerLag.Group("recommendation-service-catalog-old", "Empty", 5_000),
                new ConsumerLag.Group("recommendation-service-catalog-new", "Stable", 7),
                new ConsumerLag.Group("recommendation-service-interactions", "Stable", 3)));

    assertThat(m.lag("recommendation")).isEqualTo(10);
    assertThat(m.lag("identity")).isNull();
  }

  @Test
  void namesTheServiceOfEachConsumerGroupOfTheOperationsGuide() {
    assertThat(SoakRecord.owner("identity-resolution")).isEqualTo("identity");
    assertThat(SoakRecord.owner("scoring-history-merges")).isEqualTo("scoring");
    assertThat(SoakRecord.owner("activation-service-segment")).isEqualTo("activation");
    assertThat(SoakRecord.owner("recommendation-service-live-interactions"))
        .isEqualTo("recommendation");
    assertThat(SoakRecord.owner("c360-platform-load")).isEqualTo("other");
  }

  @Test
  void writesEachSampleToTheCsvAsItIsTakenAndPrintsItAsOneLine() {
    StringWriter csv = new StringWriter();
    SoakRecord record = new SoakRecord(csv);
    SoakRecord.Minute m =
        minute(
            4,
            Map.of("identity", jvm(150.5, 90, 420, 35)),
            List.of(new ConsumerLag.Group("identity-resolution", "Stable", 1_234)));

    record.add(m);
    String line = record.line(m);

    List<String> rows = csv.toString().lines().toList();
    assertThat(rows.getFirst()).isEqualTo(SoakRecord.CSV_HEADER);
    String prefix = "4," + T0.plusSeconds(240) + ",";
    assertThat(rows)
        .contains(
            prefix + "identity,heap_used_mb,150.500",
            prefix + "identity,heap_after_gc_mb,90",
            prefix + "identity,gc_pause_max_ms,35",
            prefix + "identity,cpu_percent,25",
            prefix + "identity,rss_mb,400",
            prefix + "group:identity-resolution,lag,1234",
            prefix + "group:identity-resolution,active,1",
            prefix + "platform,load_average_1m,3.500",
            prefix + "load,events_accepted,24000");
    assertThat(line)
        .startsWith("  4 20:54:00")
        .contains("events 24,000")
        .contains("identity 151(90)MB 35ms 25%")
        .endsWith("load 3.5 | lag identity 1,234");
  }

  @Test
  void reportsResidentMemoryAndTheDataDirectoryAtTheFirstAndLastMinuteOfTheLoad() {
    SoakRecord record = new SoakRecord(new StringWriter());
    for (int minute = 0; minute <= 3; minute++) {
      record.add(
          new SoakRecord.Minute(
              minute,
              T0.plusSeconds(60L * minute),
              Map.of(),
              Map.of("devstack", 500.0 + 10 * minute),
              100.0 * minute,
              1.0,
              Map.of(),
              new SoakRecord.Load(0, 0, 0, 0, Double.NaN, Double.NaN)));
    }

    assertThat(record.residentMemory(1, 3))
        .isEqualTo("devstack 510 -> 530, data directory 100 -> 300 MB (minutes 1 -> 3)");
  }

  @Test
  void slopeAndPercentileAreTheTextbookOnes() {
    assertThat(
            SoakRecord.slope(
                List.of(new double[] {0, 1}, new double[] {1, 3}, new double[] {2, 5})))
        .isEqualTo(2.0);
    assertThat(SoakRecord.slope(List.of(new double[] {0, 1}))).isNaN();
    List<Double> latencies = new ArrayList<>();
    for (int i = 1; i <= 100; i++) {
      latencies.add((double) i);
    }
    assertThat(SoakRecord.percentile(latencies, 50)).isEqualTo(50);
    assertThat(SoakRecord.percentile(latencies, 99)).isEqualTo(99);
    assertThat(SoakRecord.percentile(List.of(), 99)).isNaN();
  }

  private static JvmSample jvm(double used, double afterGc, double pauseTotal, double pauseMax) {
    return new JvmSample(used, afterGc, 512, 10, pauseTotal, pauseMax, 0.25);
  }

  private static SoakRecord.Minute minute(
      int minute, Map<String, JvmSample> services, List<ConsumerLag.Group> groups) {
    Map<String, ConsumerLag.Group> byId = new LinkedHashMap<>();
    groups.forEach(g -> byId.put(g.groupId(), g));
    Map<String, JvmSample> ordered = new LinkedHashMap<>();
    services.keySet().stream().sorted().forEach(k -> ordered.put(k, services.get(k)));
    return new SoakRecord.Minute(
        minute,
        T0.plusSeconds(60L * minute),
        ordered,
        Map.of("identity", 400.0),
        12.5,
        3.5,
        byId,
        new SoakRecord.Load(6_000L * minute, 6_000L * minute, 180L * minute, 0, 20, 45));
  }
}
