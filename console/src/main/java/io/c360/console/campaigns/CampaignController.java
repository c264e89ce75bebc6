package io.c360.console.campaigns;

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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Win-back campaigns: create, preview, launch, progress, report. */
@Controller
class CampaignController {

  static final int PAGE_SIZE = 20;

  private final ServiceClient services;

  CampaignController(ServiceClient services) {
    this.services = services;
  }

  @GetMapping("/campaigns")
  String list(@RequestParam(defaultValue = "1") int page, Model model) {
    List<Object> all = services.getList(Service.ACTIVATION, "/v1/campaigns");
    model.addAttribute("page", Paging.of(all, page, PAGE_SIZE));
    return "campaigns/list";
  }

  @GetMapping("/campaigns/new")
  String form(@RequestParam(required = false) @Nullable String audienceId, Model model) {
    model.addAttribute("audiences", services.getList(Service.ACTIVATION, "/v1/audiences"));
    model.addAttribute("audienceId", audienceId == null ? "" : audienceId);
    return "campaigns/new";
  }

  @PostMapping("/campaigns/preview")
  String preview(@ModelAttribute CampaignForm form, Model model) {
    if (form.audienceId() == null || form.audienceId().isBlank() || form.body() == null) {
      model.addAttribute("preview", null);
      return "campaigns/new :: preview";
    }
    try {
      model.addAttribute(
          "preview",
          Preview.of(
              services,
              form.audienceId(),
              form.subject(),
              form.body(),
              form.recommendations() == null ? 3 : form.recommendations()));
    } catch (ServiceProblem problem) {
      model.addAttribute("problem", problem);
    }
    return "campaigns/new :: preview";
  }

  @PostMapping("/campaigns")
  String create(@ModelAttribute CampaignForm form) {
    Map<String, Object> created =
        services.post(Service.ACTIVATION, "/v1/campaigns", form.toDefinition());
    return "redirect:/campaigns/" + created.get("id");
  }

  @GetMapping("/campaigns/{id}")
  String campaign(@PathVariable String id, Model model) {
    model.addAttribute("campaign", services.get(Service.ACTIVATION, "/v1/campaigns/{id}", id));
    return "campaigns/campaign";
  }

  /** The progress part of a campaign's page, polled by htmx while it sends. */
  @GetMapping("/campaigns/{id}/progress")
  String progress(@PathVariable String id, Model model) {
    model.addAttribute("campaign", services.get(Service.ACTIVATION, "/v1/campaigns/{id}", id));
    return "campaigns/campaign :: progress";
  }

  @PostMapping("/campaigns/{id}/launch")
  String launch(@PathVariable String id) {
    services.post(Service.ACTIVATION, "/v1/campaigns/{id}/launch", null, id);
    return "redirect:/campaigns/" + id;
  }

  @GetMapping("/campaigns/{id}/report")
  String report(@PathVariable String id, Model model) {
    Map<String, Object> campaign = services.get(Service.ACTIVATION, "/v1/campaigns/{id}", id);
    Map<String, Object> report = services.get(Service.ACTIVATION, "/v1/campaigns/{id}/report", id);
    model.addAttribute("campaign", campaign);
    model.addAttribute("report", report);
    model.addAttribute("outcome", Outcome.of(report));
    return "campaigns/report";
  }
}
