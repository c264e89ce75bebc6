package io.c360.console.customers;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.services.ServiceProblem;
import io.c360.console.web.ConsoleProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** Finding a customer by any identifier, and the 360 view. */
@Controller
class CustomerController {

  /** The identifiers one can search by, as identity-service's query parameters name them. */
  static final Map<String, String> SEARCH_TYPES = new LinkedHashMap<>();

  static {
    SEARCH_TYPES.put("email", "Email");
    SEARCH_TYPES.put("phone", "Phone");
    SEARCH_TYPES.put("userId", "User id");
    SEARCH_TYPES.put("anonymousId", "Anonymous id");
    SEARCH_TYPES.put("loyaltyId", "Loyalty id");
    SEARCH_TYPES.put("customerId", "Customer id (CRM)");
  }

  private final ServiceClient services;

  CustomerController(ServiceClient services) {
    this.services = services;
  }

  @GetMapping("/customers")
  String search(
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable String value,
      Model model) {
    model.addAttribute("types", SEARCH_TYPES);
    model.addAttribute("type", type == null ? "email" : type);
    model.addAttribute("value", value == null ? "" : value);
    if (value == null || value.isBlank()) {
      return "customers/search";
    }
    if (type == null || !SEARCH_TYPES.containsKey(type)) {
      throw ConsoleProblem.badRequest("Search by one of " + SEARCH_TYPES.keySet() + ".");
    }
    String uri =
        UriComponentsBuilder.fromPath("/v1/profiles")
            .queryParam(type, value.strip())
            .encode()
            .toUriString();
    try {
      Map<String, Object> profile = services.get(Service.IDENTITY, uri);
      return "redirect:/customers/" + profile.get("profileId");
    } catch (ServiceProblem problem) {
      // not found (or a malformed value) is an answer to show beside the form, not an error page
      if (problem.status() >= 500) {
        throw problem;
      }
      model.addAttribute("problem", problem);
      return "customers/search";
    }
  }

  @GetMapping("/customers/{id}")
  String customer(@PathVariable String id, Model model) {
    Map<String, Object> profile = services.get(Service.IDENTITY, "/v1/profiles/{id}", id);
    Map<String, Object> identities =
        services.get(Service.IDENTITY, "/v1/profiles/{id}/identities", id);
    model.addAttribute("profile", profile);
    model.addAttribute("identities", identities);
    model.addAttribute("scores", Scores.of(profile.get("scores")));
    model.addAttribute("computed", Views.entries(profile.get("computed")));
    model.addAttribute("merges", Views.list(identities.get("merges")));
    return "customers/customer";
  }

  @GetMapping("/customers/{id}/timeline")
  String timeline(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String eventType,
      @RequestParam(required = false) @Nullable String after,
      @RequestParam(defaultValue = "25") int size,
      Model model) {
    if (size < 1 || size > 200) {
      throw ConsoleProblem.badRequest("size must be between 1 and 200, was " + size);
    }
    Timeline page = Timeline.read(services, id, eventType, after, size);
    model.addAttribute("profileId", id);
    model.addAttribute("page", page);
    model.addAttribute("eventType", eventType == null ? "" : eventType);
    model.addAttribute("size", size);
    return "customers/timeline :: timeline";
  }
}
