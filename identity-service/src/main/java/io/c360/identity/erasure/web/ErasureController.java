package io.c360.identity.erasure.web;

import io.c360.identity.erasure.ErasureReport;
import io.c360.identity.erasure.ErasureService;
import io.c360.identity.resolution.ProfileId;
import io.c360.platform.problem.ApiProblem;
import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code DELETE /v1/profiles/{id}} (role admin): the right to erasure. Answers 200 with what was
 * removed; 404 for an unknown id, 410 for one erased already.
 */
@RestController
class ErasureController {

  private final ErasureService erasure;

  ErasureController(ErasureService erasure) {
    this.erasure = erasure;
  }

  @Operation(summary = "Erase a customer (right to erasure), fanned out to every store and service")
  @DeleteMapping("/v1/profiles/{id}")
  ErasureReport erase(@PathVariable String id, Principal principal) {
    if (id.isBlank() || id.length() > 100) {
      throw ApiProblem.badRequest("'" + id + "' is not a profile id");
    }
    return erasure.erase(ProfileId.of(id), principal.getName());
  }

  @Configuration(proxyBeanMethods = false)
  static class ErasureSecurity {

    @Bean
    EndpointRoles erasureEndpoints() {
      return registry ->
          registry.requestMatchers(HttpMethod.DELETE, "/v1/profiles/*").hasRole(Role.ADMIN.name());
    }
  }
}
