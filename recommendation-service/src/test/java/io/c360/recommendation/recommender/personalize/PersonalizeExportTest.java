package io.c360.recommendation.recommender.personalize;

import static io.c360.recommendation.recommender.personalize.PersonalizeTestData.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.platform.blob.LocalDirectoryBlobStore;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import tools.jackson.databind.JsonNode;

class PersonalizeExportTest {

  @TempDir Path root;

  private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

  private String read(LocalDirectoryBlobStore blobs, String key) throws IOException {
    try (InputStream in = blobs.open(key)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void writesTheThreeDatasetsAndTheirSchemasLeavingOutErasedProfiles() throws IOException {
    var blobs = new LocalDirectoryBlobStore(root);
    var erasures = new PersonalizeErasureLog(blobs, clock);
    try (var clients =
        PersonalizeClients.create(
            Region.US_EAST_1,
            URI.create("http://localhost:9"),
            AnonymousCredentialsProvider.create())) {
      var recommender =
          new PersonalizeRecommender(
              clients.runtime(),
              clients.events(),
              new PersonalizeSettings(Map.of(), null, null, null, null, Duration.ofSeconds(1)),
              erasures);
      recommender.forget("p-erased");
      recommender.forget("p-erased");
    }
    List<Interaction> interactions =
        List.of(
            interaction("p-1", "sku-1", Kind.VIEW, 0),
            interaction("p-erased", "sku-1", Kind.PURCHASE, 5),
            new Interaction("p-1", "sku-2", "boots", Kind.PURCHASE, T0.plusSeconds(9), "m-9"),
            new Interaction("p-2", "sku-2", null, Kind.CART_ADD, T0.plusSeconds(12), "m-12"),
            interaction("p-1", "sku-3", Kind.WISHLIST, 20));
    List<ExportItem> items =
        List.of(
            item("sku-1", "shoes", "59.90"), item("sku-2", null, "120"), item("sku-3", "a,b", "5"));

    var result = new PersonalizeExport(blobs, erasures, clock).export(interactions, items);

    String prefix = "personalize/export/20261101T101530Z/";
    assertThat(result).isEqualTo(new PersonalizeExport.Result(prefix, 4, 3, 2, 1, 0));
    long t = T0.getEpochSecond();
    assertThat(read(blobs, prefix + "interactions.csv"))
        .isEqualTo(
            "USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE\n"
                + "p-1,sku-1,"
                + t
                + ",View\n"
                + "p-1,sku-2,"
                + (t + 9)
                + ",Purchase\n"
                + "p-2,sku-2,"
                + (t + 12)
                + ",AddToCart\n"
                + "p-1,sku-3,"
                + (t + 20)
                + ",Wishlist\n");
    long created = t - 86_400;
    assertThat(read(blobs, prefix + "items.csv"))
        .isEqualTo(
            "ITEM_ID,CATEGORY_L1,PRICE,CREATION_TIMESTAMP\n"
                + "sku-1,shoes,59.90,"
                + created
                + "\n"
                + "sku-2,unknown,120,"
                + created
                + "\n"
                + "sku-3,\"a,b\",5,"
                + created
                + "\n");
    assertThat(read(blobs, prefix + "users.csv"))
        .isEqualTo("USER_ID,PREFERRED_CATEGORY\np-1,shoes\np-2,\n");
    assertThat(blobs.list("personalize/erasures/")).hasSize(1);

    assertSchema(
        read(blobs, prefix + "interactions-schema.json"),
        "Interactions",
        List.of("USER_ID", "ITEM_ID", "TIMESTAMP", "EVENT_TYPE"));
    JsonNode itemsSchema =
        assertSchema(
            read(blobs, prefix + "items-schema.json"),
            "Items",
            List.of("ITEM_ID", "CATEGORY_L1", "PRICE", "CREATION_TIMESTAMP"));
    assertThat(itemsSchema.get("fields").get(1).get("categorical").asBoolean()).isTrue();
    assertThat(itemsSchema.get("fields").get(2).get("type").asString()).isEqualTo("float");
    JsonNode users =
        assertSchema(
            read(blobs, prefix + "users-schema.json"),
            "Users",
            List.of("USER_ID", "PREFERRED_CATEGORY"));
    assertThat(users.get("fields").get(1).get("type").valueStream().map(JsonNode::asString))
        .containsExactly("null", "string");
  }

  private static JsonNode assertSchema(String json, String name, List<String> fields) {
    JsonNode schema = EventJson.mapper().readTree(json);
    assertThat(schema.get("type").asString()).isEqualTo("record");
    assertThat(schema.get("name").asString()).isEqualTo(name);
    assertThat(schema.get("version").asString()).isEqualTo("1.0");
    assertThat(schema.get("fields").valueStream().map(f -> f.get("name").asString()))
        .containsExactlyElementsOf(fields);
    return schema;
  }
}
