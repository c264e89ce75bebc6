package io.c360.scoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.OpenApiContract;
import io.c360.scoring.ScoringIntegrationTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is one Swagger UI and generated clients can use as it is. */
class ApiDocsIntegrationTest extends ScoringIntegrationTest {

  @Test
  void documentBreaksNoLintRuleAndDeclaresWhatTheFilterChainEnforces() {
    var contract = new OpenApiContract(port);

    assertThat(contract.lintErrors()).isEmpty();
    assertThat(contract.securityMismatches()).isEmpty();
    assertThat(contract.document().path("info").path("title").asString()).contains("scoring");
  }
}
