package io.c360.console.recommendations;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.services.ServiceProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What one customer sees in each context, as recommendation-service answers the apps, and the
 * latest offline evaluation of the policies (started here by an analyst or admin).
 */
@Controller
class RecommendationController {

  static final List<String> CONTEXTS = List.of("home", "product", "cart", "checkout");

  private final ServiceClient services;

  RecommendationController(ServiceClient services) {
    this.services = services;
  }

  /** One context's answer: its items, or the problem the service gave. */
  record ContextView(
      String context,
      List<Object> items,
      @Nullable ServiceProblem problem,
      @Nullable String note) {}

  @GetMapping("/recommendations")
  String recommendations(
      @RequestParam(defaultValue = "userId") String type,
      @RequestParam(required = false) @Nullable String value,
      @RequestParam(required = false) @Nullable String itemId,
      @RequestParam(defaultValue = "5") int numResults,
      Model model) {
    String idType = type.equals("anonymousId") ? "anonymousId" : "userId";
    model.addAttribute("type", idType);
    model.addAttribute("value", value == null ? "" : value);
    model.addAttribute("itemId", itemId == null ? "" : itemId);
    model.addAttribute("evaluation", EvaluationPanel.load(services));
    if (value == null || value.isBlank()) {
      model.addAttribute("contexts", List.of());
      return "recommendations/recommendations";
    }
    List<ContextView> contexts = new ArrayList<>();
    for (String context : CONTEXTS) {
      contexts.add(context(idType, value.strip(), context, itemId, Math.clamp(numResults, 1, 20)));
    }
    model.addAttribute("contexts", contexts);
    return "recommendations/recommendations";
  }

  /** The evaluation section alone: what the page polls while an evaluation runs. */
  @GetMapping("/recommendations/evaluations")
  String evaluations(Model model) {
    model.addAttribute("evaluation", EvaluationPanel.load(services));
    return "recommendations/recommendations :: evaluations";
  }

  /** Starts an evaluation (analyst or admin, see ConsoleSecurity); the page then follows it. */
  @PostMapping("/recommendations/evaluations")
  String evaluate(
      @RequestParam(required = false) @Nullable Integer testDays, RedirectAttributes redirect) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (testDays != null) {
      body.put("testDays", testDays);
    }
    Map<String, Object> job = services.post(Service.RECOMMENDATION, "/v1/evaluations", body);
    redirect.addFlashAttribute("notice", "Evaluation " + job.get("id") + " started.");
    return "redirect:/recommendations#evaluations";
  }

  private ContextView context(
      String type, String value, String context, @Nullable String itemId, int numResults) {
    boolean needsItem = context.equals("product");
    if (needsItem && (itemId == null || itemId.isBlank())) {
      return new ContextView(context, List.of(), null, "Give a product (SKU) to see this context.");
    }
    UriComponentsBuilder uri =
        UriComponentsBuilder.fromPath("/v1/recommendations")
            .queryParam(type, value)
            .queryParam("context", context)
            .queryParam("numResults", numResults);
    if (itemId != null && !itemId.isBlank()) {
      uri.queryParam("itemId", itemId.strip());
    }
    try {
      Map<String, Object> answer = services.get(Service.RECOMMENDATION, uri.encode().toUriString());
      List<Object> items =
          answer.get("items") instanceof List<?> l ? new ArrayList<>(l) : List.of();
      return new ContextView(context, items, null, null);
    } catch (ServiceProblem problem) {
      if (problem.status() >= 500) {
        throw problem;
      }
      return new ContextView(context, List.of(), problem, null);
    }
  }
}
