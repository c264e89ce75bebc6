package io.c360.identity.unmerge.web;

import io.c360.identity.resolution.ProfileId;
import io.c360.identity.unmerge.UnmergeService;
import io.c360.platform.problem.ApiProblem;
import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/profiles/{id}/unmerge} (role admin) with {@code {"mergedProfileId": ...,
 * "reason": ...}} (both optional; without an id the latest merge is undone).
 */
@RestController
class UnmergeController {

  /** The request body. */
  record UnmergeRequest(@Nullable String mergedProfileId, @Nullable String reason) {}

  private final UnmergeService unmerge;

  UnmergeController(UnmergeService unmerge) {
    this.unmerge = unmerge;
  }

  @Operation(summary = "Split a wrongly merged profile back in two and keep them apart")
  @PostMapping("/v1/profiles/{id}/unmerge")
  UnmergeService.Split unmerge(
      @PathVariable String id,
      @RequestBody(required = false) @Nullable UnmergeRequest request,
      Principal principal) {
    if (id.isBlank() || id.length() > 100) {
      throw ApiProblem.badRequest("'" + id + "' is not a profile id");
    }
    String merged = request == null ? null : request.mergedProfileId();
    String reason = request == null || request.reason() == null ? "" : request.reason();
    return unmerge.unmerge(
        ProfileId.of(id),
        merged == null || merged.isBlank() ? null : ProfileId.of(merged),
        reason,
        principal.getName());
  }

  @Configuration(proxyBeanMethods = false)
  static class UnmergeSecurity {

    @Bean
    EndpointRoles unmergeEndpoints() {
      return registry ->
          registry
              .requestMatchers(HttpMethod.POST, "/v1/profiles/*/unmerge")
              .hasRole(Role.ADMIN.name());
    }
  }
}
