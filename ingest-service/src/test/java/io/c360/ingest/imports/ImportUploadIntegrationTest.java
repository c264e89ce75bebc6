package io.c360.ingest.imports;

import static io.c360.ingest.support.Credentials.ADMIN_TOKEN;
import static io.c360.ingest.support.Credentials.bearer;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.Topics;
import io.c360.devstack.test.TopicReader;
import io.c360.ingest.IngestIntegrationTest;
import io.c360.ingest.support.ImportFiles;
import io.c360.ingest.support.IngestClient.Answer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Uploading a file to import, listing imports, and what retry answers for an import that ran. */
class ImportUploadIntegrationTest extends IngestIntegrationTest {

  @Test
  void importsAnUploadedFile() {
    String prefix = "u" + UUID.randomUUID().toString().substring(0, 8);
    byte[] file = ImportFiles.posOrders(prefix, 25).getBytes(StandardCharsets.UTF_8);
    try (TopicReader events = new TopicReader(Topics.EVENTS.name())) {
      Answer started =
          client()
              .upload(
                  "/v1/imports",
                  bearer(ADMIN_TOKEN),
                  Map.of("kind", "pos-sales"),
                  "sales.csv",
                  file);

      assertThat(started.status()).as(started.raw()).isEqualTo(202);
      assertThat(started.body().get("key").asString())
          .startsWith("imports/uploads/")
          .endsWith("-sales.csv");
      assertThat(started.header("Location"))
          .isEqualTo("/v1/imports/" + started.body().get("importId").asString());
      JsonNode report =
          client().awaitImport(ADMIN_TOKEN, started.body().get("importId").asString());
      assertThat(report.get("status").asString()).isEqualTo("COMPLETED");
      assertThat(report.get("rowsRead").asLong()).isEqualTo(52);
      assertThat(report.get("rejected").asLong()).isEqualTo(2);
      assertThat(report.get("eventsPublished").asLong()).isEqualTo(25);
      assertThat(events.await(25, r -> r.value().contains("\"order_id\":\"" + prefix))).hasSize(25);
    }
  }

  @Test
  void refusesAnUploadOverTheLimitAndOneWithoutAKnownKind() {
    byte[] big = new byte[1_500_000];
    java.util.Arrays.fill(big, (byte) 'a');
    Answer tooLarge =
        client()
            .upload("/v1/imports", bearer(ADMIN_TOKEN), Map.of("kind", "catalog"), "big.csv", big);
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.contentType()).startsWith("application/problem+json");

    Answer noKind =
        client()
            .upload("/v1/imports", bearer(ADMIN_TOKEN), Map.of(), "a.csv", "sku\n1\n".getBytes());
    assertThat(noKind.status()).isEqualTo(400);
    assertThat(noKind.body().get("detail").asString()).contains("kind is required");

    Answer badFormat =
        client()
            .upload(
                "/v1/imports",
                bearer(ADMIN_TOKEN),
                Map.of("kind", "catalog"),
                "a.xlsx",
                new byte[] {1});
    assertThat(badFormat.status()).isEqualTo(400);
    assertThat(badFormat.body().get("detail").asString()).contains(".csv or .jsonl");
  }

  @Test
  void listsImportsNewestFirstPageByPage() {
    List<String> started = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      JsonNode report =
          client()
              .runImport(
                  ADMIN_TOKEN,
                  "catalog",
                  ImportFiles.write("c.csv", "sku,name\nS" + i + ",Shoe\n"));
      started.add(report.get("importId").asString());
    }

    Answer first = client().get("/v1/imports?limit=2", bearer(ADMIN_TOKEN));
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().get("imports").get(0).get("importId").asString())
        .isEqualTo(started.get(2));
    assertThat(first.body().get("imports").get(1).get("importId").asString())
        .isEqualTo(started.get(1));
    String next = first.body().get("next").asString();
    Answer second = client().get("/v1/imports?limit=2&after=" + next, bearer(ADMIN_TOKEN));
    assertThat(second.body().get("imports").get(0).get("importId").asString())
        .isEqualTo(started.get(0));

    assertThat(client().get("/v1/imports?limit=0", bearer(ADMIN_TOKEN)).status()).isEqualTo(400);
  }

  @Test
  void retryAnswersConflictNamingTheStateUnlessTheImportFailed() {
    JsonNode done =
        client()
            .runImport(ADMIN_TOKEN, "catalog", ImportFiles.write("c.csv", "sku,name\nS1,Shoe\n"));

    Answer retry =
        client()
            .post(
                "/v1/imports/" + done.get("importId").asString() + "/retry",
                bearer(ADMIN_TOKEN),
                "");
    assertThat(retry.status()).isEqualTo(409);
    assertThat(retry.body().get("detail").asString()).contains("is COMPLETED");
    assertThat(client().post("/v1/imports/nope/retry", bearer(ADMIN_TOKEN), "").status())
        .isEqualTo(404);
  }
}
