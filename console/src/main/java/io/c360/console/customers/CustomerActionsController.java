package io.c360.console.customers;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.web.ConsoleProblem;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Unmerge and erasure: admin only (the security configuration refuses everyone else), each with a
 * confirmation and a reason, which the console's log records with the admin's name.
 */
@Controller
class CustomerActionsController {

  private static final Logger log = LoggerFactory.getLogger(CustomerActionsController.class);

  private final ServiceClient services;

  CustomerActionsController(ServiceClient services) {
    this.services = services;
  }

  @PostMapping("/customers/{id}/unmerge")
  String unmerge(
      @PathVariable String id,
      @RequestParam String mergedProfileId,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(required = false) @Nullable String confirm,
      Principal admin,
      RedirectAttributes redirect) {
    String why = required(reason, confirm);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("mergedProfileId", mergedProfileId);
    body.put("reason", why + " (by " + admin.getName() + " in the console)");
    services.post(Service.IDENTITY, "/v1/profiles/{id}/unmerge", body, id);
    log.info("{} unmerged {} from {}: {}", admin.getName(), mergedProfileId, id, why);
    redirect.addFlashAttribute(
        "notice", "Profile " + mergedProfileId + " was split back out of this one.");
    return "redirect:/customers/" + id;
  }

  @PostMapping("/customers/{id}/erase")
  String erase(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String reason,
      @RequestParam(required = false) @Nullable String confirm,
      Principal admin,
      Model model) {
    String why = required(reason, confirm);
    Map<String, Object> report = services.delete(Service.IDENTITY, "/v1/profiles/{id}", id);
    log.info("{} erased profile {}: {}", admin.getName(), id, why);
    model.addAttribute("profileId", id);
    model.addAttribute("report", Views.entries(report));
    return "customers/erased";
  }

  private static String required(@Nullable String reason, @Nullable String confirm) {
    if (confirm == null || !confirm.equals("yes")) {
      throw ConsoleProblem.badRequest("Tick the confirmation box: this cannot be undone lightly.");
    }
    if (reason == null || reason.isBlank()) {
      throw ConsoleProblem.badRequest("Give a reason; it is kept with the action.");
    }
    return reason.strip();
  }
}
