package io.c360.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.OpenApiContract;
import io.c360.identity.IdentityIntegrationTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is one Swagger UI and generated clients can use as it is. */
class ApiDocsIntegrationTest extends IdentityIntegrationTest {

  @Test
  void documentBreaksNoLintRuleAndDeclaresWhatTheFilterChainEnforces() {
    var contract = new OpenApiContract(port);

    assertThat(contract.lintErrors()).isEmpty();
    assertThat(contract.securityMismatches()).isEmpty();
    assertThat(contract.document().path("info").path("title").asString()).contains("identity");
  }
}
