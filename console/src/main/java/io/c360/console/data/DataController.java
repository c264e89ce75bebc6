package io.c360.console.data;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.services.ServiceProblem;
import io.c360.console.web.ConsoleProblem;
import io.c360.console.web.Paging;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Data: the imports (newest first), uploading a file to import (admin), an import's progress and
 * its rejected rows, and the events ingest-service received over the last 24 hours by source and
 * quarantine reason.
 */
@Controller
class DataController {

  static final int REJECTIONS_PER_PAGE = 25;
  static final int IMPORTS_PER_PAGE = 20;
  static final int STATS_HOURS = 24;

  /** The kinds of file ingest-service imports ({@code docs/ingest.md}). */
  static final List<String> KINDS =
      List.of("pos-sales", "customers", "catalog", "inventory", "support-tickets");

  private static final Set<String> FORMATS = Set.of("csv", "jsonl");
  private static final Logger log = LoggerFactory.getLogger(DataController.class);

  private final ServiceClient services;

  DataController(ServiceClient services) {
    this.services = services;
  }

  @GetMapping("/data")
  String data(
      @RequestParam(required = false) @Nullable String importId,
      @RequestParam(required = false) @Nullable String after,
      Model model) {
    if (importId != null && !importId.isBlank()) {
      return "redirect:/data/imports/" + importId.strip();
    }
    model.addAttribute("kinds", KINDS);
    model.addAttribute("firstImports", after == null || after.isBlank());
    try {
      Map<String, Object> page =
          after == null || after.isBlank()
              ? services.get(Service.INGEST, "/v1/imports?limit={limit}", IMPORTS_PER_PAGE)
              : services.get(
                  Service.INGEST,
                  "/v1/imports?limit={limit}&after={after}",
                  IMPORTS_PER_PAGE,
                  after);
      model.addAttribute(
          "imports", page.get("imports") instanceof List<?> l ? List.copyOf(l) : List.of());
      model.addAttribute("nextImports", page.get("next"));
    } catch (ServiceProblem problem) {
      model.addAttribute("importsProblem", problem);
    }
    events(model);
    return "data/data";
  }

  /**
   * The last 24 hours from ingest-service's statistics; where it answers them with a 4xx (an
   * ingest-service without the endpoint), its Prometheus counters since it started instead.
   */
  private void events(Model model) {
    try {
      model.addAttribute(
          "stats",
          EventStats.parse(
              services.get(Service.INGEST, "/v1/events/stats?hours={hours}", STATS_HOURS),
              STATS_HOURS));
      return;
    } catch (ServiceProblem problem) {
      if (problem.status() >= 500) {
        model.addAttribute("problem", problem);
        return;
      }
    }
    try {
      model.addAttribute(
          "events", EventCounts.parse(services.text(Service.INGEST, "/actuator/prometheus")));
    } catch (ServiceProblem problem) {
      model.addAttribute("problem", problem);
    }
  }

  @PostMapping("/data/imports")
  String upload(
      @RequestParam(required = false) @Nullable MultipartFile file,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String format,
      Principal admin) {
    if (file == null || file.isEmpty()) {
      throw ConsoleProblem.badRequest("Choose a file to import: none, or an empty one, was sent.");
    }
    if (kind == null || !KINDS.contains(kind)) {
      throw ConsoleProblem.badRequest("Choose what the file holds: one of " + KINDS + ".");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("kind", kind);
    if (format != null && !format.isBlank()) {
      if (!FORMATS.contains(format)) {
        throw ConsoleProblem.badRequest(
            "The format is csv or jsonl (or empty, to go by the file's name).");
      }
      fields.put("format", format);
    }
    Map<String, Object> report =
        services.upload(Service.INGEST, "/v1/imports", fields, "file", file.getResource());
    log.info(
        "{} uploaded {} ({} bytes) as {}: import {}",
        admin.getName(),
        file.getOriginalFilename(),
        file.getSize(),
        kind,
        report.get("importId"));
    return "redirect:/data/imports/" + report.get("importId");
  }

  @GetMapping("/data/imports/{id}")
  String importReport(
      @PathVariable String id, @RequestParam(defaultValue = "1") int page, Model model) {
    report(id, page, model);
    return "data/import";
  }

  @GetMapping("/data/imports/{id}/progress")
  String importProgress(
      @PathVariable String id, @RequestParam(defaultValue = "1") int page, Model model) {
    report(id, page, model);
    return "data/import :: progress";
  }

  private void report(String id, int page, Model model) {
    Map<String, Object> report = services.get(Service.INGEST, "/v1/imports/{id}", id);
    List<?> rejections = report.get("rejections") instanceof List<?> l ? l : List.of();
    model.addAttribute("report", report);
    model.addAttribute("rejections", Paging.of(List.copyOf(rejections), page, REJECTIONS_PER_PAGE));
  }
}
