package io.c360.console.review;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.web.ConsoleProblem;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Link suggestions (role steward or admin): identity-service's review queue a page at a time,
 * newest first, a suggestion's two records side by side, and accepting (the two profiles merge) or
 * rejecting it (the pair is never suggested again), each after a confirmation.
 */
@Controller
class LinkSuggestionController {

  static final int PER_PAGE = 25;

  /** identity-service's largest page, for finding one suggestion in the queue. */
  static final int SEARCH_PAGE = 200;

  /** How far into the queue a suggestion is looked for: 40 pages of 200. */
  static final int MAX_SEARCHED_PAGES = 40;

  private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");
  private static final Logger log = LoggerFactory.getLogger(LinkSuggestionController.class);

  private final ServiceClient services;

  LinkSuggestionController(ServiceClient services) {
    this.services = services;
  }

  @GetMapping("/link-suggestions")
  String queue(@RequestParam(required = false) @Nullable String after, Model model) {
    Map<String, Object> page = page(PER_PAGE, after);
    model.addAttribute("suggestions", suggestions(page).stream().map(SideBySide::of).toList());
    model.addAttribute("next", page.get("next"));
    model.addAttribute("first", after == null || after.isBlank());
    return "review/queue";
  }

  @GetMapping("/link-suggestions/{id}")
  String suggestion(@PathVariable String id, Model model) {
    if (!model.containsAttribute("suggestion")) {
      model.addAttribute("suggestion", pending(checked(id)));
    }
    return "review/suggestion";
  }

  @PostMapping("/link-suggestions/{id}/accept")
  String accept(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String confirm,
      Principal steward,
      RedirectAttributes redirect) {
    return decide(id, "accept", confirm, steward, redirect);
  }

  @PostMapping("/link-suggestions/{id}/reject")
  String reject(
      @PathVariable String id,
      @RequestParam(required = false) @Nullable String confirm,
      Principal steward,
      RedirectAttributes redirect) {
    return decide(id, "reject", confirm, steward, redirect);
  }

  private String decide(
      String id,
      String decision,
      @Nullable String confirm,
      Principal steward,
      RedirectAttributes redirect) {
    checked(id);
    if (confirm == null || !confirm.equals("yes")) {
      throw ConsoleProblem.badRequest(
          "Tick the confirmation box: a decision on a suggestion is final.");
    }
    Map<String, Object> answer =
        services.post(Service.IDENTITY, "/v1/link-suggestions/{id}/" + decision, null, id);
    SideBySide decided = SideBySide.of(answer);
    log.info("{} {}ed link suggestion {}", steward.getName(), decision, id);
    redirect.addFlashAttribute("suggestion", decided);
    redirect.addFlashAttribute(
        "notice",
        decision.equals("accept")
            ? "Accepted: profile "
                + decided.candidateProfileId()
                + " and profile "
                + decided.recordProfileId()
                + " are one customer now."
            : "Rejected: these two profiles stay apart and will not be suggested again.");
    return "redirect:/link-suggestions/" + id;
  }

  /** The suggestion while it waits in the queue; identity-service answers no single one. */
  private SideBySide pending(String id) {
    @Nullable String after = null;
    for (int i = 0; i < MAX_SEARCHED_PAGES; i++) {
      Map<String, Object> page = page(SEARCH_PAGE, after);
      for (Map<?, ?> suggestion : suggestions(page)) {
        if (id.equals(suggestion.get("id"))) {
          return SideBySide.of(suggestion);
        }
      }
      if (!(page.get("next") instanceof String next) || next.isBlank()) {
        break;
      }
      after = next;
    }
    throw new ConsoleProblem(
        404,
        "Not in the review queue",
        "Link suggestion "
            + id
            + " is not waiting for review: it was accepted or rejected already, or one of the two"
            + " profiles was erased.");
  }

  private Map<String, Object> page(int limit, @Nullable String after) {
    return after == null || after.isBlank()
        ? services.get(Service.IDENTITY, "/v1/link-suggestions?limit={limit}", limit)
        : services.get(
            Service.IDENTITY, "/v1/link-suggestions?limit={limit}&after={after}", limit, after);
  }

  private static List<Map<?, ?>> suggestions(Map<String, Object> page) {
    return page.get("suggestions") instanceof List<?> list
        ? list.stream().filter(Map.class::isInstance).<Map<?, ?>>map(m -> (Map<?, ?>) m).toList()
        : List.of();
  }

  private static String checked(String id) {
    if (!ID.matcher(id).matches()) {
      throw new ConsoleProblem(
          404, "Not Found", "'" + id + "' is not a link suggestion's id (24 hexadecimal digits).");
    }
    return id;
  }
}
