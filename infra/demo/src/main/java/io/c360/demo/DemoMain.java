package io.c360.demo;

import io.c360.common.topic.Topics;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code ./c360 demo}: sends two sample customers' web journeys through the official Segment Java
 * client, imports a POS file with good and bad rows, and prints what reached Kafka.
 *
 * <p>Reads its settings from the environment (see {@link DemoSettings}); exits with status 1 and a
 * message when a step fails.
 */
public final class DemoMain {

  /** The source name {@code ./c360 up} gives the demo write key. */
  static final String WEB_SOURCE = "demo-web";

  /** The source name ingest stamps on events imported from POS files. */
  static final String POS_SOURCE = "pos";

  private final DemoSettings settings;
  private final PrintStream out;

  DemoMain(DemoSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  public static void main(String[] args) {
    int status;
    try {
      new DemoMain(DemoSettings.fromEnvironment(System.getenv()), System.out).run();
      status = 0;
    } catch (DemoFailedException e) {
      System.err.println("c360 demo failed: " + e.getMessage());
      status = 1;
    }
    System.exit(status);
  }

  void run() {
    SampleCustomer ann = SampleCustomer.ann();
    SampleCustomer ben = SampleCustomer.ben();

    out.printf("%n1. Web events through the Segment Java client -> %s%n", settings.ingestUrl());
    SegmentSender.Result sent =
        new SegmentSender(settings.writeKey(), settings.ingestUrl()).send(List.of(ann, ben));
    out.printf(
        "   %d messages (page, screen, Product Viewed, Product Added, identify, alias, group,"
            + " Order Completed for %s and %s), %d accepted%n",
        sent.sent(), ann.firstName(), ben.firstName(), sent.delivered());

    out.printf(
        "%n2. POS file %s/%s, imported with POST /v1/imports%n",
        settings.blobRoot(), PosFileImport.KEY);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    PosFileImport.Report report =
        new PosFileImport(http, settings.ingestUrl(), settings.adminToken(), settings.blobRoot())
            .run(PosSalesCsv.content(ann, ben, Instant.now()));
    printReport(report);
    if (!report.status().equals("COMPLETED")) {
      throw new DemoFailedException("the import failed: " + report.failure());
    }

    String events = Topics.EVENTS.name();
    String quarantine = Topics.QUARANTINE.name();
    out.printf(
        "%n3. What is on %s and %s (from the beginning, so earlier runs show too)%n%n",
        events, quarantine);
    List<TopicPrinter.Row> rows =
        new TopicPrinter(settings.kafkaBootstrapServers()).read(List.of(events, quarantine));
    TopicPrinter.print(rows, out);
    out.println();
    out.println(summary(rows, events, quarantine));
  }

  private void printReport(PosFileImport.Report report) {
    out.printf(
        "   import %s %s: rowsRead=%d accepted=%d rejected=%d duplicates=%d eventsPublished=%d%n",
        report.importId(),
        report.status(),
        report.rowsRead(),
        report.accepted(),
        report.rejected(),
        report.duplicates(),
        report.eventsPublished());
    for (PosFileImport.Rejection rejection : report.rejections()) {
      out.printf(
          "   rejected row %d: %s%n", rejection.row(), String.join("; ", rejection.reasons()));
    }
    if (report.duplicates() > 0) {
      out.println(
          "   (duplicates: this file was imported before; each order is published only once)");
    }
  }

  /** "N events from source demo-web (Segment client), M from pos; Q quarantined." */
  static String summary(List<TopicPrinter.Row> rows, String eventsTopic, String quarantineTopic) {
    Map<String, Long> bySource = new TreeMap<>();
    long quarantined = 0;
    for (TopicPrinter.Row row : rows) {
      if (row.topic().equals(eventsTopic)) {
        bySource.merge(row.source(), 1L, Long::sum);
      } else if (row.topic().equals(quarantineTopic)) {
        quarantined++;
      }
    }
    StringBuilder line = new StringBuilder();
    line.append(bySource.getOrDefault(WEB_SOURCE, 0L))
        .append(" events from source ")
        .append(WEB_SOURCE)
        .append(" (Segment client), ")
        .append(bySource.getOrDefault(POS_SOURCE, 0L))
        .append(" from ")
        .append(POS_SOURCE);
    bySource.forEach(
        (source, count) -> {
          if (!source.equals(WEB_SOURCE) && !source.equals(POS_SOURCE)) {
            line.append(", ").append(count).append(" from ").append(source);
          }
        });
    return line.append("; ").append(quarantined).append(" quarantined.").toString();
  }
}
