package io.c360.identity.review.web;

import io.c360.identity.review.ReviewService;
import io.c360.identity.review.SuggestionView;
import io.c360.platform.problem.ApiProblem;
import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue for data stewards (role steward or admin): {@code GET /v1/link-suggestions}
 * (pending suggestions, newest first, {@code limit} 1–200, {@code after} the cursor of the previous
 * page), {@code POST /v1/link-suggestions/{id}/accept} (merges the two profiles) and {@code POST
 * /v1/link-suggestions/{id}/reject} (the pair is never suggested again).
 */
@RestController
class LinkSuggestionController {

  /** A page of the queue; {@code next} is the cursor for {@code after}, null on the last page. */
  record SuggestionsPage(List<SuggestionView> suggestions, @Nullable String next) {}

  private final ReviewService review;

  LinkSuggestionController(ReviewService review) {
    this.review = review;
  }

  @Operation(
      summary =
          "Suggested links to review, newest first: both records side by side with per-field similarities")
  @GetMapping("/v1/link-suggestions")
  SuggestionsPage list(
      @RequestParam(defaultValue = "50") int limit,
      @RequestParam(required = false) @Nullable String after) {
    if (limit < 1 || limit > 200) {
      throw ApiProblem.badRequest("limit must be between 1 and 200, was " + limit);
    }
    ReviewService.Page page = review.list(limit, after);
    return new SuggestionsPage(page.suggestions(), page.next());
  }

  @Operation(summary = "Accept a suggestion: the two profiles are merged (how: review)")
  @PostMapping("/v1/link-suggestions/{id}/accept")
  SuggestionView accept(@PathVariable String id, Principal principal) {
    return review.accept(checked(id), principal.getName());
  }

  @Operation(summary = "Reject a suggestion: that pair is never suggested again")
  @PostMapping("/v1/link-suggestions/{id}/reject")
  SuggestionView reject(@PathVariable String id, Principal principal) {
    return review.reject(checked(id), principal.getName());
  }

  private static String checked(String id) {
    if (!id.matches("[0-9a-f]{24}")) {
      throw ApiProblem.badRequest("'" + id + "' is not a link suggestion id");
    }
    return id;
  }

  @Configuration(proxyBeanMethods = false)
  static class LinkSuggestionSecurity {

    @Bean
    EndpointRoles linkSuggestionEndpoints() {
      return registry ->
          registry
              .requestMatchers(HttpMethod.GET, "/v1/link-suggestions")
              .hasAnyRole(Role.STEWARD.name(), Role.ADMIN.name())
              .requestMatchers(
                  HttpMethod.POST, "/v1/link-suggestions/*/accept", "/v1/link-suggestions/*/reject")
              .hasAnyRole(Role.STEWARD.name(), Role.ADMIN.name());
    }
  }
}
