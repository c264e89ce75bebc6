package io.c360.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.OpenApiContract;
import io.c360.ingest.IngestIntegrationTest;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is one Swagger UI and generated clients can use as it is. */
class ApiDocsIntegrationTest extends IngestIntegrationTest {

  @Test
  void documentBreaksNoLintRule() {
    assertThat(new OpenApiContract(port).lintErrors()).isEmpty();
  }

  @Test
  void everyOperationsSecurityIsWhatTheFilterChainEnforces() {
    var contract = new OpenApiContract(port);

    assertThat(contract.securityMismatches()).isEmpty();
    assertThat(contract.document().path("info").path("title").asString()).contains("ingest");
    assertThat(
            contract
                .document()
                .path("paths")
                .path("/v1/batch")
                .path("post")
                .path("security")
                .toString())
        .contains("writeKey");
    assertThat(contract.document().path("components").path("securitySchemes").has("bearerToken"))
        .isTrue();
  }
}
