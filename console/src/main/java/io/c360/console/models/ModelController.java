package io.c360.console.models;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.web.ConsoleProblem;
import io.c360.console.web.Paging;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Models: versions and their charts, training with progress, promotion and rollback (admin). */
@Controller
class ModelController {

  static final int JOBS_PER_PAGE = 20;

  private final ServiceClient services;

  ModelController(ServiceClient services) {
    this.services = services;
  }

  @GetMapping("/models")
  String models(@RequestParam(defaultValue = "1") int page, Model model) {
    model.addAttribute("models", services.getList(Service.SCORING, "/v1/models"));
    List<Object> jobs = new ArrayList<>(services.getList(Service.SCORING, "/v1/training-jobs"));
    model.addAttribute("jobs", Paging.of(jobs.reversed(), page, JOBS_PER_PAGE));
    return "models/list";
  }

  @GetMapping("/models/{name}")
  String model(@PathVariable String name, Model model) {
    Map<String, Object> details = services.get(Service.SCORING, "/v1/models/{name}", name);
    model.addAttribute("name", name);
    model.addAttribute("details", details);
    model.addAttribute("versions", VersionTrend.of(details));
    return "models/model";
  }

  @GetMapping("/models/{name}/versions/{version}")
  String version(@PathVariable String name, @PathVariable int version, Model model) {
    Map<String, Object> details =
        services.get(Service.SCORING, "/v1/models/{name}/versions/{version}", name, version);
    Map<String, Object> report = details.get("report") instanceof Map<?, ?> r ? cast(r) : Map.of();
    model.addAttribute("name", name);
    model.addAttribute("version", details);
    model.addAttribute("report", report);
    model.addAttribute("aucChart", ModelCharts.aucs(report));
    model.addAttribute("liftChart", ModelCharts.lift(report));
    model.addAttribute("calibrationChart", ModelCharts.calibration(report));
    model.addAttribute("importanceChart", ModelCharts.importance(report));
    return "models/version";
  }

  @PostMapping("/models/{name}/training")
  String train(@PathVariable String name) {
    Map<String, Object> job =
        services.post(Service.SCORING, "/v1/models/{name}/training-jobs", null, name);
    return "redirect:/models/jobs/" + job.get("id");
  }

  @GetMapping("/models/jobs/{id}")
  String job(@PathVariable String id, Model model) {
    model.addAttribute("job", services.get(Service.SCORING, "/v1/training-jobs/{id}", id));
    return "models/job";
  }

  @GetMapping("/models/jobs/{id}/progress")
  String jobProgress(@PathVariable String id, Model model) {
    model.addAttribute("job", services.get(Service.SCORING, "/v1/training-jobs/{id}", id));
    return "models/job :: progress";
  }

  @PostMapping("/models/{name}/promote")
  String promote(
      @PathVariable String name,
      @RequestParam int version,
      @RequestParam(required = false) @Nullable String reason,
      RedirectAttributes redirect) {
    if (reason == null || reason.isBlank()) {
      throw ConsoleProblem.badRequest("Give a reason for the promotion; it is kept with it.");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("version", version);
    body.put("reason", reason.strip());
    services.post(Service.SCORING, "/v1/models/{name}/promote", body, name);
    redirect.addFlashAttribute("notice", "Version " + version + " is now the champion.");
    return "redirect:/models/" + name;
  }

  @PostMapping("/models/{name}/rollback")
  String rollback(@PathVariable String name, RedirectAttributes redirect) {
    Map<String, Object> champion =
        services.post(Service.SCORING, "/v1/models/{name}/rollback", null, name);
    redirect.addFlashAttribute(
        "notice", "Rolled back: version " + champion.get("version") + " is the champion again.");
    return "redirect:/models/" + name;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
