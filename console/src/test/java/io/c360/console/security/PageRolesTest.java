package io.c360.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Which role may open which page or take which action, for every page and action. The services are
 * configured at a closed port: a request the console lets through reaches its controller and ends
 * as 502 (service unavailable, shown as a problem detail); one it refuses is 403 before any call.
 */
@SpringBootTest(
    properties = {
      "c360.console.services.token=test-token-not-used",
      "c360.console.services.ingest=http://localhost:9",
      "c360.console.services.identity=http://localhost:9",
      "c360.console.services.scoring=http://localhost:9",
      "c360.console.services.recommendation=http://localhost:9",
      "c360.console.services.activation=http://localhost:9",
      "c360.console.services.timeout=1s",
      "c360.console.security.users[0].username=someone",
      "c360.console.security.users[0].password-hash={noop}unused",
      "c360.console.security.users[0].roles=marketer"
    })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PageRolesTest {

  private static final byte[] CSV =
      "transaction_id,store_id,sku,quantity,price\nt-1,s-1,SKU-1,1,2.5\n"
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);

  @Autowired MockMvc mvc;

  @ParameterizedTest(name = "{0} {1} as {2}: {3}")
  @CsvSource({
    "GET, /customers/p-1, MARKETER, allowed",
    "GET, /customers/p-1, ANALYST, allowed",
    "POST, /customers/p-1/erase, MARKETER, refused",
    "POST, /customers/p-1/erase, ANALYST, refused",
    "POST, /customers/p-1/erase, ADMIN, allowed",
    "POST, /customers/p-1/unmerge, MARKETER, refused",
    "POST, /customers/p-1/unmerge, ADMIN, allowed",
    "GET, /audiences, MARKETER, allowed",
    "GET, /audiences, ANALYST, refused",
    "POST, /audiences/estimate, ANALYST, refused",
    "GET, /campaigns, MARKETER, allowed",
    "GET, /campaigns, ANALYST, refused",
    "POST, /campaigns/c-1/launch, ANALYST, refused",
    "POST, /campaigns/c-1/launch, MARKETER, allowed",
    "GET, /models, MARKETER, refused",
    "GET, /models, ANALYST, allowed",
    "POST, /models/churn_90d/training, ANALYST, allowed",
    "POST, /models/churn_90d/promote, ANALYST, refused",
    "POST, /models/churn_90d/promote, ADMIN, allowed",
    "POST, /models/churn_90d/rollback, ANALYST, refused",
    "POST, /models/churn_90d/rollback, ADMIN, allowed",
    "GET, /recommendations?value=u1, MARKETER, allowed",
    "POST, /recommendations/evaluations, MARKETER, refused",
    "POST, /recommendations/evaluations, ANALYST, allowed",
    "POST, /recommendations/evaluations, ADMIN, allowed",
    "GET, /data, MARKETER, refused",
    "GET, /data/imports/i-1, ANALYST, allowed",
    "GET, /actuator/prometheus, ANALYST, refused",
    "GET, /link-suggestions, STEWARD, allowed",
    "GET, /link-suggestions, ADMIN, allowed",
    "GET, /link-suggestions, MARKETER, refused",
    "GET, /link-suggestions, ANALYST, refused",
    "GET, /link-suggestions/0123456789abcdef01234567, STEWARD, allowed",
    "POST, /link-suggestions/0123456789abcdef01234567/accept, STEWARD, allowed",
    "POST, /link-suggestions/0123456789abcdef01234567/reject, ADMIN, allowed",
    "POST, /link-suggestions/0123456789abcdef01234567/accept, ANALYST, refused",
    "POST, /link-suggestions/0123456789abcdef01234567/reject, MARKETER, refused",
    "GET, /customers/p-1, STEWARD, allowed",
    "GET, /models, STEWARD, refused",
    "GET, /data, STEWARD, refused",
    "GET, /audiences, STEWARD, refused",
  })
  void checksTheRoleOfEveryPageAndAction(String method, String path, String role, String expected)
      throws Exception {
    MockHttpServletRequestBuilder request =
        method.equals("GET")
            ? get(path)
            : post(path)
                .param("reason", "test")
                .param("confirm", "yes")
                .param("version", "2")
                .param("mergedProfileId", "p-2")
                .with(csrf());
    int status =
        mvc.perform(request.with(user("u").roles(role))).andReturn().getResponse().getStatus();
    if (expected.equals("refused")) {
      assertThat(status).isEqualTo(403);
    } else {
      // through security and the controller, to the (closed) service: shown as a 502 problem
      assertThat(status).isEqualTo(502);
    }
  }

  @ParameterizedTest(name = "upload as {0}: {1}")
  @CsvSource({"ADMIN, allowed", "ANALYST, refused", "MARKETER, refused", "STEWARD, refused"})
  void onlyAnAdminUploadsAFileToImport(String role, String expected) throws Exception {
    int status =
        mvc.perform(
                multipart("/data/imports")
                    .file(new MockMultipartFile("file", "pos.csv", "text/csv", CSV))
                    .param("kind", "pos-sales")
                    .with(csrf())
                    .with(user("u").roles(role)))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(expected.equals("refused") ? 403 : 502);
  }

  @Test
  void refusesAnUploadWithoutAFileOrKindBeforeCallingIngest() throws Exception {
    var noKind =
        mvc.perform(
                multipart("/data/imports")
                    .file(new MockMultipartFile("file", "pos.csv", "text/csv", CSV))
                    .with(csrf())
                    .with(user("u").roles("ADMIN")))
            .andReturn()
            .getResponse();
    assertThat(noKind.getStatus()).isEqualTo(400);
    assertThat(noKind.getContentAsString()).contains("Choose what the file holds");
    var empty =
        mvc.perform(
                multipart("/data/imports")
                    .file(new MockMultipartFile("file", "pos.csv", "text/csv", new byte[0]))
                    .param("kind", "pos-sales")
                    .with(csrf())
                    .with(user("u").roles("ADMIN")))
            .andReturn()
            .getResponse();
    assertThat(empty.getStatus()).isEqualTo(400);
    assertThat(empty.getContentAsString()).contains("Choose a file to import");
  }

  @Test
  void refusesADecisionWithoutItsConfirmationBeforeCallingIdentity() throws Exception {
    var response =
        mvc.perform(
                post("/link-suggestions/0123456789abcdef01234567/accept")
                    .with(csrf())
                    .with(user("u").roles("STEWARD")))
            .andReturn()
            .getResponse();
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(response.getContentAsString()).contains("Tick the confirmation box");
  }

  @Test
  void sendsPeopleWhoAreNotSignedInToTheSignInPage() throws Exception {
    var response = mvc.perform(get("/customers")).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(302);
    assertThat(response.getRedirectedUrl()).endsWith("/login");
  }

  @Test
  void refusesAFormWithoutItsCsrfToken() throws Exception {
    int status =
        mvc.perform(post("/campaigns/c-1/launch").with(user("u").roles("ADMIN")))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(status).isEqualTo(403);
  }

  @Test
  void showsAnUnreachableServiceAsAProblemDetailWithoutAStackTrace() throws Exception {
    var response =
        mvc.perform(get("/audiences").with(user("u").roles("MARKETER"))).andReturn().getResponse();
    assertThat(response.getStatus()).isEqualTo(502);
    assertThat(response.getContentAsString())
        .contains("activation-service is unavailable")
        .contains("Sign out")
        .doesNotContain("Exception")
        .doesNotContain("at io.c360");
  }
}
