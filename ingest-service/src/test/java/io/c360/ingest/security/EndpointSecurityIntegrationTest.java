package io.c360.ingest.security;

import static io.c360.ingest.support.Credentials.ADMIN_TOKEN;
import static io.c360.ingest.support.Credentials.APP_TOKEN;
import static io.c360.ingest.support.Credentials.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.IngestClient.Answer;
import org.junit.jupiter.api.Test;

/** 401 without credentials and 403 with the wrong role, on every bearer-protected endpoint. */
class EndpointSecurityIntegrationTest extends IngestIntegrationTest {

  private static final String IMPORT = "{\"kind\":\"catalog\",\"key\":\"imports/none.csv\"}";

  private static void assertStatus(Answer answer, int status) {
    assertThat(answer.status()).as(answer.raw()).isEqualTo(status);
    if (status == 401 || status == 403) {
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.body().get("status").asInt()).isEqualTo(status);
    }
  }

  @Test
  void importsNeedTheAdminRole() {
    assertStatus(client().post("/v1/imports", null, IMPORT), 401);
    assertStatus(client().post("/v1/imports", bearer("wrong-token"), IMPORT), 401);
    assertStatus(client().post("/v1/imports", bearer(APP_TOKEN), IMPORT), 403);
    assertStatus(client().post("/v1/imports", bearer(ADMIN_TOKEN), IMPORT), 404);

    assertStatus(client().get("/v1/imports/x", null), 401);
    assertStatus(client().get("/v1/imports/x", bearer(APP_TOKEN)), 403);
    assertStatus(client().get("/v1/imports/x", bearer(ADMIN_TOKEN)), 404);
  }

  @Test
  void actuatorHealthIsOpenAndTheRestIsForAdmins() {
    assertStatus(client().get("/actuator/health", null), 200);
    assertStatus(client().get("/actuator/health/liveness", null), 200);
    assertStatus(client().get("/actuator/health/readiness", null), 200);

    assertStatus(client().get("/actuator/prometheus", null), 401);
    assertStatus(client().get("/actuator/prometheus", bearer(APP_TOKEN)), 403);
    Answer metrics = client().get("/actuator/prometheus", bearer(ADMIN_TOKEN));
    assertStatus(metrics, 200);
    assertThat(metrics.raw()).contains("c360_ingest_events");
  }

  @Test
  void apiDescriptionIsPublic() {
    Answer docs = client().get("/v3/api-docs", null);
    assertStatus(docs, 200);
    assertThat(docs.body().get("paths").has("/v1/batch")).isTrue();
    assertThat(docs.body().get("paths").has("/v1/imports")).isTrue();
  }

  @Test
  void anEndpointWithoutDeclaredRolesIsClosed() {
    assertStatus(client().get("/v1/unknown", null), 401);
    assertStatus(client().get("/v1/unknown", bearer(ADMIN_TOKEN)), 403);
  }
}
