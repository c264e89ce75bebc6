package io.c360.console.data;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.services.ServiceProblem;
import io.c360.console.web.Paging;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Data: an import's progress and its rejected rows, and the events ingest counted. ingest-service
 * has no list of imports yet, so an import is opened by its id (as {@code POST /v1/imports} and
 * {@code ./c360 demo} print it).
 */
@Controller
class DataController {

  static final int REJECTIONS_PER_PAGE = 25;

  private final ServiceClient services;

  DataController(ServiceClient services) {
    this.services = services;
  }

  @GetMapping("/data")
  String data(@RequestParam(required = false) @Nullable String importId, Model model) {
    if (importId != null && !importId.isBlank()) {
      return "redirect:/data/imports/" + importId.strip();
    }
    try {
      model.addAttribute(
          "events", EventCounts.parse(services.text(Service.INGEST, "/actuator/prometheus")));
    } catch (ServiceProblem problem) {
      model.addAttribute("problem", problem);
    }
    return "data/data";
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
