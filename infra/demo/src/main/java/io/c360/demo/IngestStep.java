package io.c360.demo;

import io.c360.common.event.CustomerEvent;
import io.c360.demo.WorldStep.DemoWorld;
import io.c360.synthetic.SyntheticCustomer;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 2: the world enters C360 as it would in production. Catalog and inventory files first (so
 * recommendations know every product), then the browser and app events through the
 * Segment-compatible Tracking API with each app's write key, then the consent identify calls, then
 * the POS and support files.
 */
final class IngestStep {

  /** What went in: the Tracking API's answers and each file's import report. */
  record Ingested(
      EventUpload.Result events,
      int consentCalls,
      int customersWithLogin,
      List<FileImports.Report> imports) {

    /** Events that reached {@code c360.events.v1}: accepted calls plus imported events. */
    long published() {
      return events.accepted()
          + imports.stream().mapToLong(FileImports.Report::eventsPublished).sum();
    }
  }

  private final DemoSettings settings;
  private final HttpClient http;
  private final PrintStream out;

  IngestStep(DemoSettings settings, HttpClient http, PrintStream out) {
    this.settings = settings;
    this.http = http;
    this.out = out;
  }

  Ingested run(DemoWorld world) {
    FileImports files =
        new FileImports(
            Api.bearer("ingest-service", settings.ingestUrl(), settings.adminToken(), http),
            settings.blobRoot(),
            out);
    List<FileImports.Report> imports = new ArrayList<>();
    out.println("      catalog and stock, as files through POST /v1/imports:");
    imports.add(files.run("catalog", "catalog.csv", WorldFiles.catalog(world.world().catalog())));
    imports.add(
        files.run("inventory", "inventory.csv", WorldFiles.inventory(world.world().catalog())));

    out.printf(
        "      %,d web and app events through POST /v1/batch (write keys of sources web, ios,"
            + " android),%n      a year of history sent customer by customer as a backfill...%n",
        world.apiEvents());
    Map<String, Instant> firstLogins = new LinkedHashMap<>();
    EventUpload.Result sent;
    int consent;
    try (EventUpload upload = new EventUpload(settings, http, out, world.apiEvents())) {
      // A backfill of history goes customer by customer: each batch then holds the events of a
      // few customers, and identity-service writes each changed profile once per batch. Sent
      // interleaved by time, every batch would touch a thousand profiles and resolve ~6x slower.
      for (SyntheticCustomer customer : world.world().customers()) {
        for (CustomerEvent e : world.world().events(customer.customerId())) {
          if (WorldStep.FILE_SOURCES.contains(e.source())) {
            continue;
          }
          if (e.type().wireName().equals("identify") && e.userId() != null) {
            firstLogins.putIfAbsent(e.userId(), e.timestamp());
          }
          upload.add(e.source(), SegmentMessages.of(e));
        }
      }
      List<Map<String, Object>> consentCalls = SegmentMessages.consent(firstLogins);
      consentCalls.forEach(m -> upload.add("web", m));
      consent = consentCalls.size();
      sent = upload.finish();
    }
    out.printf(
        "      ingest answered: %,d accepted, %,d duplicates (sent before), %,d rejected%n",
        sent.accepted(), sent.duplicates(), sent.rejected());
    sent.firstRejections().forEach(r -> out.println("         rejected " + r));
    out.printf(
        "      consent: the world has none, so %,d identify calls with traits.consent.email = true"
            + " were sent%n      for %d %% of the %,d customers who logged in (dated just after"
            + " their first login)%n",
        consent, SegmentMessages.CONSENT_PERCENT, firstLogins.size());

    out.println("      store sales and support tickets, as files through POST /v1/imports:");
    List<CustomerEvent> store = world.storeEvents();
    imports.add(files.run("pos-sales", "pos-sales.csv", WorldFiles.posSales(store, true)));
    out.println(
        "         (the last POS row is wrong on purpose: it shows a rejection; the other rows"
            + " are kept)");
    imports.add(
        files.run(
            "support-tickets",
            "support-tickets.csv",
            WorldFiles.supportTickets(world.supportEvents())));
    if (sent.rejected() == sent.sent() && sent.sent() > 0) {
      throw new DemoFailedException("ingest-service rejected every event; see the reasons above");
    }
    return new Ingested(sent, consent, firstLogins.size(), List.copyOf(imports));
  }
}
