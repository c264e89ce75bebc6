package io.c360.console.audiences;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.services.ServiceProblem;
import io.c360.console.web.ConsoleProblem;
import io.c360.console.web.Paging;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Audiences: the list with sizes, the rule builder with a live size, one audience. */
@Controller
class AudienceController {

  static final int PAGE_SIZE = 20;

  private final ServiceClient services;

  AudienceController(ServiceClient services) {
    this.services = services;
  }

  @GetMapping("/audiences")
  String list(@RequestParam(defaultValue = "1") int page, Model model) {
    List<Object> all = services.getList(Service.ACTIVATION, "/v1/audiences");
    model.addAttribute("page", Paging.of(all, page, PAGE_SIZE));
    return "audiences/list";
  }

  @GetMapping("/audiences/new")
  String builder(@RequestParam(defaultValue = "3") int rows, Model model) {
    model.addAttribute("form", RuleForm.empty(Math.clamp(rows, 1, 20)));
    model.addAttribute("fields", Fields.suggestions(services));
    model.addAttribute("operators", RuleForm.OPERATORS);
    return "audiences/builder";
  }

  /** The size while editing: htmx posts the form here and swaps in the answer. */
  @PostMapping("/audiences/estimate")
  String estimate(@RequestParam MultiValueMap<String, String> form, Model model) {
    RuleForm rule = RuleForm.from(form);
    if (rule.isEmpty()) {
      model.addAttribute("size", null);
      return "audiences/builder :: estimate";
    }
    try {
      Map<String, Object> answer =
          services.post(
              Service.ACTIVATION, "/v1/audiences/estimate", Map.of("rule", rule.toRule()));
      model.addAttribute("size", answer.get("size"));
    } catch (ServiceProblem problem) {
      if (problem.status() >= 500) {
        throw problem;
      }
      model.addAttribute("problem", problem);
    }
    return "audiences/builder :: estimate";
  }

  @PostMapping("/audiences")
  String create(@RequestParam MultiValueMap<String, String> form) {
    RuleForm rule = RuleForm.from(form);
    if (rule.isEmpty()) {
      throw ConsoleProblem.badRequest("Add at least one condition to the rule.");
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("key", form.getFirst("key"));
    body.put("name", form.getFirst("name"));
    body.put("rule", rule.toRule());
    Map<String, Object> created = services.post(Service.ACTIVATION, "/v1/audiences", body);
    return "redirect:/audiences/" + created.get("id");
  }

  @GetMapping("/audiences/{id}")
  String audience(@PathVariable String id, Model model) {
    model.addAttribute("audience", services.get(Service.ACTIVATION, "/v1/audiences/{id}", id));
    return "audiences/audience";
  }

  /** The size and status part of an audience's page, which polls it while it is computed. */
  @GetMapping("/audiences/{id}/status")
  String status(@PathVariable String id, Model model) {
    model.addAttribute("audience", services.get(Service.ACTIVATION, "/v1/audiences/{id}", id));
    return "audiences/audience :: status";
  }
}
