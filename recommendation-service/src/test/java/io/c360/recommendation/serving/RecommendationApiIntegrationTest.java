package io.c360.recommendation.serving;

import static io.c360.recommendation.support.RecommendationClient.ADMIN_TOKEN;
import static io.c360.recommendation.support.RecommendationClient.ANALYST_TOKEN;
import static io.c360.recommendation.support.RecommendationClient.APP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.identifier.IdentifierType;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import io.c360.recommendation.RecommendationIntegrationTest;
import io.c360.recommendation.support.RecommendationClient;
import io.c360.recommendation.support.Shop;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class RecommendationApiIntegrationTest extends RecommendationIntegrationTest {

  private RecommendationClient client;
  private Shop shop;

  @BeforeEach
  void openShop() {
    client = client();
    shop = new Shop(dynamo);
  }

  @AfterEach
  void closeShop() {
    shop.close();
  }

  @Test
  void recommendsInStockItemsResolvedFromTheCatalogWithWhoChoseThem() {
    String boots = shop.product("boots", 5);
    String socks = shop.product("socks", 7);
    String laces = shop.product("laces", 3);
    for (int i = 0; i < 6; i++) {
      String other = shop.profile();
      shop.viewed(other, boots, socks);
      shop.bought(other, boots, socks, laces);
    }
    String ann = shop.profile();
    shop.link(IdentifierType.USER_ID, "ann-" + ann, ann);
    shop.viewed(ann, boots);

    Eventually.assertThat(
        () -> {
          JsonNode answer =
              get(
                  "/v1/recommendations?userId=ann-"
                      + ann
                      + "&context=home&category="
                      + shop.category());
          assertThat(answer.get("profileId").asString()).isEqualTo(ann);
          assertThat(answer.get("recommendationId").asString()).isNotBlank();
          List<String> skus = skus(answer);
          assertThat(skus).contains(socks);
          JsonNode item = answer.get("items").get(0);
          assertThat(item.get("name").asString()).isNotBlank();
          assertThat(item.get("price").decimalValue()).isPositive();
          assertThat(item.get("currency").asString()).isEqualTo("USD");
          assertThat(item.get("imageUrl").asString()).startsWith("https://");
          assertThat(item.get("stock").asLong()).isPositive();
          assertThat(item.get("recommender").asString()).isNotBlank();
          assertThat(item.get("variant").asString()).isEqualTo("default");
        });
  }

  @Test
  void outOfStockItemsDisappearWhenInventoryDropsToZero() {
    String tent = shop.product("tent", 4);
    String stove = shop.product("stove", 4);
    String mat = shop.product("mat", 4);
    for (int i = 0; i < 6; i++) {
      String other = shop.profile();
      shop.viewed(other, tent, stove, mat);
      shop.bought(other, tent, stove);
    }
    Eventually.assertThat(() -> assertThat(similar(tent)).contains(stove));

    shop.stock(stove, 0);

    Eventually.assertThat(() -> assertThat(similar(tent)).doesNotContain(stove).contains(mat));
    assertThat(
            skus(
                get(
                    "/v1/recommendations?anonymousId=x-"
                        + UUID.randomUUID()
                        + "&context=product&itemId="
                        + tent
                        + "&category="
                        + shop.category())))
        .doesNotContain(stove);
  }

  @Test
  void recommendationsChangeAfterNewEvents() {
    String a = shop.product("a", 9);
    String b = shop.product("b", 9);
    String c = shop.product("c", 9);
    String d = shop.product("d", 9);
    for (int i = 0; i < 5; i++) {
      String other = shop.profile();
      shop.bought(other, a, b);
      String another = shop.profile();
      shop.bought(another, c, d);
    }
    String bea = shop.profile();
    shop.link(IdentifierType.USER_ID, "bea-" + bea, bea);
    shop.bought(bea, a);
    String path =
        "/v1/recommendations?userId=bea-"
            + bea
            + "&context=home&numResults=1&category="
            + shop.category();
    // a is bought (home leaves bought items out): its companion b comes first
    Eventually.assertThat(() -> assertThat(skus(get(path))).containsExactly(b));

    shop.bought(bea, c);

    // the newest purchase leads now: c's companion d
    Eventually.assertThat(() -> assertThat(skus(get(path))).containsExactly(d));
  }

  @Test
  void aCustomerWhoLogsInKeepsTheHistoryOfTheirAnonymousVisits() {
    String popular = shop.product("bestseller", 50);
    String other = shop.product("other", 50);
    for (int i = 0; i < 8; i++) {
      shop.bought(shop.profile(), popular);
    }
    shop.bought(shop.profile(), other);
    String anonymous = shop.profile();
    String account = shop.profile();
    String anonymousId = "anon-" + anonymous;
    String userId = "user-" + account;
    shop.link(IdentifierType.ANONYMOUS_ID, anonymousId, anonymous);
    shop.link(IdentifierType.USER_ID, userId, account);
    String path =
        "/v1/recommendations?userId=" + userId + "&context=home&category=" + shop.category();
    Eventually.assertThat(() -> assertThat(skus(get(path))).first().isEqualTo(popular));

    // bought anonymously, then logged in: identity merges the anonymous profile into the account
    shop.bought(anonymous, popular);
    shop.link(IdentifierType.ANONYMOUS_ID, anonymousId, account);
    shop.merged(account, anonymous);

    Eventually.assertThat(
        () -> {
          JsonNode answer = get(path);
          assertThat(answer.get("profileId").asString()).isEqualTo(account);
          assertThat(skus(answer))
              .as("already bought while anonymous")
              .doesNotContain(popular)
              .contains(other);
        });
  }

  @Test
  void anErasedCustomersHistoryIsForgotten() {
    String kettle = shop.product("kettle", 5);
    String mug = shop.product("mug", 5);
    for (int i = 0; i < 4; i++) {
      shop.bought(shop.profile(), kettle);
    }
    shop.bought(shop.profile(), mug);
    String cem = shop.profile();
    shop.link(IdentifierType.USER_ID, "cem-" + cem, cem);
    shop.bought(cem, kettle);
    String path =
        "/v1/recommendations?userId=cem-" + cem + "&context=home&category=" + shop.category();
    Eventually.assertThat(() -> assertThat(skus(get(path))).doesNotContain(kettle).contains(mug));

    shop.erased(cem);

    Eventually.assertThat(() -> assertThat(skus(get(path))).contains(kettle));
  }

  @Test
  void unknownVisitorsAndItemsGetPopularItems() {
    String hit = shop.product("hit", 5);
    for (int i = 0; i < 3; i++) {
      shop.bought(shop.profile(), hit);
    }
    Eventually.assertThat(
        () -> {
          JsonNode stranger =
              get(
                  "/v1/recommendations?anonymousId=nobody-"
                      + UUID.randomUUID()
                      + "&category="
                      + shop.category());
          assertThat(stranger.has("profileId")).isFalse();
          assertThat(stranger.get("fallback").asBoolean()).isTrue();
          assertThat(skus(stranger)).contains(hit);
          assertThat(skus(get("/v1/popular?category=" + shop.category()))).contains(hit);
          assertThat(skus(get("/v1/items/" + shop.category() + "-unknown/similar"))).isNotEmpty();
        });
  }

  @Test
  void splitsAContextBetweenVariantsByAStableHashOfTheVisitor() {
    shop.product("x", 5);
    Set<String> variants = new HashSet<>();
    for (int i = 0; i < 20; i++) {
      String visitor = "ab-" + i + "-" + shop.category();
      String first =
          get("/v1/recommendations?anonymousId=" + visitor + "&context=home-ab")
              .get("variant")
              .asString();
      String again =
          get("/v1/recommendations?anonymousId=" + visitor + "&context=home-ab")
              .get("variant")
              .asString();
      assertThat(again).isEqualTo(first);
      variants.add(first);
    }
    assertThat(variants).containsExactlyInAnyOrder("A", "B");
  }

  @Test
  void feedbackCountsAgainstTheVariantThatRecommended() {
    shop.product("y", 5);
    JsonNode answer =
        get("/v1/recommendations?anonymousId=fb-" + shop.category() + "&context=home-ab");
    String id = answer.get("recommendationId").asString();

    Response click =
        client.post(
            "/v1/feedback", "{\"recommendationId\":\"" + id + "\",\"type\":\"click\"}", APP_TOKEN);

    assertThat(click.status()).isEqualTo(202);
    assertThat(click.json().get("variant").asString()).isEqualTo(answer.get("variant").asString());
    JsonNode stats = client.get("/v1/experiments", ANALYST_TOKEN).json();
    boolean counted = false;
    for (JsonNode arm : stats) {
      if (arm.get("context").asString().equals("home-ab")
          && arm.get("variant").asString().equals(answer.get("variant").asString())) {
        counted = arm.get("clicks").asLong() >= 1 && arm.get("exposures").asLong() >= 1;
      }
    }
    assertThat(counted).isTrue();
  }

  @Test
  void ranksACandidateListAndLeavesOutWhatCannotBeSold() {
    String p = shop.product("p", 5);
    String q = shop.product("q", 5);
    String gone = shop.product("gone", 0);
    Eventually.assertThat(
        () -> {
          Response ranked =
              client.post(
                  "/v1/rankings",
                  "{\"anonymousId\":\"r-1\",\"skus\":[\""
                      + p
                      + "\",\""
                      + gone
                      + "\",\""
                      + q
                      + "\",\"no-such-sku\"]}",
                  APP_TOKEN);
          assertThat(ranked.status()).isEqualTo(200);
          assertThat(skus(ranked.json())).containsExactlyInAnyOrder(p, q);
        });
  }

  @Test
  void exportsTheTimelinesInteractionsAndTheCatalogForPersonalize() throws Exception {
    String sku = shop.product("exported", 5);
    String eve = shop.profile();
    shop.storedView(eve, sku);
    // the catalog has the item once a ranking can return it
    Eventually.assertThat(
        () ->
            assertThat(
                    skus(
                        client
                            .post("/v1/rankings", "{\"skus\":[\"" + sku + "\"]}", APP_TOKEN)
                            .json()))
                .contains(sku));

    assertThat(client.post("/v1/personalize/exports", "", APP_TOKEN).status()).isEqualTo(403);
    Response export = client.post("/v1/personalize/exports", "", ADMIN_TOKEN);

    assertThat(export.status()).as(export.body()).isEqualTo(201);
    java.nio.file.Path folder =
        java.nio.file.Path.of("target/test-blobs", export.json().get("prefix").asString());
    assertThat(java.nio.file.Files.readString(folder.resolve("interactions.csv")))
        .startsWith("USER_ID,ITEM_ID,TIMESTAMP,EVENT_TYPE")
        .contains(eve + "," + sku);
    assertThat(java.nio.file.Files.readString(folder.resolve("items.csv"))).contains(sku);
    assertThat(folder.resolve("interactions-schema.json")).exists();
  }

  @ParameterizedTest
  @CsvSource({
    "/v1/recommendations?numResults=0, numResults must be between 1 and 100",
    "/v1/recommendations?numResults=101, numResults must be between 1 and 100",
    "/v1/recommendations?numResults=ten, numResults",
    "/v1/recommendations?context=basement, context 'basement' is not one of",
    "/v1/recommendations?context=product, give itemId",
    "/v1/popular?numResults=500, numResults must be between 1 and 100"
  })
  void badParametersAreAnswered400WithWhatToFix(String path, String detail) {
    Response response = client.get(path, APP_TOKEN);
    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("detail").asString()).contains(detail);
  }

  @Test
  void badBodiesAreAnswered400Or404() {
    assertThat(client.post("/v1/rankings", "{\"skus\":[]}", APP_TOKEN).status()).isEqualTo(400);
    assertThat(client.post("/v1/rankings", "{}", APP_TOKEN).status()).isEqualTo(400);
    assertThat(client.post("/v1/rankings", "{oops", APP_TOKEN).status()).isEqualTo(400);
    assertThat(
            client
                .post("/v1/feedback", "{\"recommendationId\":\"x\",\"type\":\"like\"}", APP_TOKEN)
                .status())
        .isEqualTo(400);
    Response unknown =
        client.post(
            "/v1/feedback",
            "{\"recommendationId\":\"" + UUID.randomUUID() + "\",\"type\":\"click\"}",
            APP_TOKEN);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.contentType()).startsWith("application/problem+json");
  }

  @ParameterizedTest
  @CsvSource({
    "GET, /v1/recommendations",
    "GET, /v1/items/x/similar",
    "GET, /v1/popular",
    "POST, /v1/rankings",
    "POST, /v1/feedback",
    "GET, /v1/experiments"
  })
  void everyEndpointNeedsAToken(String method, String path) {
    Response response =
        method.equals("GET") ? client.get(path, null) : client.post(path, "{}", null);
    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void theWrongRoleIsRefused() {
    assertThat(client.get("/v1/recommendations", ANALYST_TOKEN).status()).isEqualTo(403);
    assertThat(client.post("/v1/feedback", "{}", ANALYST_TOKEN).status()).isEqualTo(403);
    assertThat(client.get("/v1/experiments", APP_TOKEN).status()).isEqualTo(403);
    assertThat(client.get("/v1/popular", ADMIN_TOKEN).status()).isEqualTo(200);
  }

  private JsonNode get(String path) {
    Response response = client.get(path, APP_TOKEN);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private List<String> similar(String sku) {
    return skus(get("/v1/items/" + sku + "/similar?numResults=5"));
  }

  private static List<String> skus(JsonNode answer) {
    List<String> skus = new ArrayList<>();
    answer.get("items").forEach(i -> skus.add(i.get("sku").asString()));
    return skus;
  }
}
