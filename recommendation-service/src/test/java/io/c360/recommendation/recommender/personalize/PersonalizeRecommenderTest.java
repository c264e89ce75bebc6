package io.c360.recommendation.recommender.personalize;

import static io.c360.recommendation.recommender.personalize.PersonalizeTestData.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.platform.blob.LocalDirectoryBlobStore;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.interaction.Interaction.Kind;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import io.c360.recommendation.recommender.personalize.PersonalizeSettings.Promotion;
import io.c360.recommendation.recommender.personalize.PersonalizeSettings.Target;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.regions.Region;
import tools.jackson.databind.JsonNode;

class PersonalizeRecommenderTest {

  private static final String ACCESS_KEY = "AKIDLOCALTEST";

  @TempDir Path blobRoot;
  private FakePersonalize personalize;
  private PersonalizeClients clients;

  @BeforeEach
  void start() throws Exception {
    personalize = new FakePersonalize();
    clients =
        PersonalizeClients.create(
            Region.US_EAST_1,
            personalize.endpoint(),
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(ACCESS_KEY, "local-test-secret")));
  }

  @AfterEach
  void stop() {
    clients.close();
    personalize.close();
  }

  private PersonalizeRecommender recommender(PersonalizeSettings settings) {
    var erasures =
        new PersonalizeErasureLog(new LocalDirectoryBlobStore(blobRoot), Clock.systemUTC());
    return new PersonalizeRecommender(clients.runtime(), clients.events(), settings, erasures);
  }

  private static PersonalizeSettings settings(Map<String, Target> contexts) {
    return new PersonalizeSettings(
        contexts,
        Target.campaign(SIMS_CAMPAIGN),
        new Target(
            null, POPULAR_RECOMMENDER, null, CATEGORY_FILTER, Map.of(), "CATEGORY", List.of()),
        RANKING_CAMPAIGN,
        TRACKING_ID,
        Duration.ofSeconds(5));
  }

  private static void assertSignedJsonPost(FakePersonalize.Request request, String path) {
    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.path()).isEqualTo(path);
    assertThat(request.header("content-type")).startsWith("application/json");
    assertThat(request.header("x-amz-date")).matches("\\d{8}T\\d{6}Z");
    assertThat(request.header("authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/")
        .contains("/us-east-1/personalize/aws4_request")
        .contains("SignedHeaders=")
        .contains("Signature=");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>(node.propertyNames());
    names.sort(null);
    return names;
  }

  @Test
  void recommendsForHomeWithCampaignFilterContextAndPromotions() {
    personalize.answer(
        "/recommendations",
        200,
        """
        {"itemList":[{"itemId":"sku-1","score":0.41},
                     {"itemId":"sku-9","score":0.02,"promotionName":"new-in"},
                     {"itemId":"sku-2","score":0.30}],
         "recommendationId":"RID-1"}
        """);
    var home =
        new Target(
            HOME_CAMPAIGN,
            null,
            null,
            CATEGORY_FILTER,
            Map.of("BRAND", "\"acme\""),
            "CATEGORY",
            List.of(new Promotion("new-in", 20, NEW_IN_FILTER, Map.of("DAYS", "30"))));
    var query =
        new RecommendationQuery(
            "home",
            RecommendationQuery.PERSONALIZED,
            "p-1",
            List.of("sku-5"),
            List.of(),
            "shoes",
            600,
            Map.of("DEVICE", "mobile"));

    List<Candidate> candidates = recommender(settings(Map.of("home", home))).recommend(query);

    assertThat(candidates)
        .containsExactly(
            new Candidate("sku-1", 0.41),
            new Candidate("sku-9", 0.02),
            new Candidate("sku-2", 0.30));
    FakePersonalize.Request request = personalize.onlyRequest();
    assertSignedJsonPost(request, "/recommendations");
    JsonNode body = request.body();
    assertThat(fieldNames(body))
        .containsExactly(
            "campaignArn",
            "context",
            "filterArn",
            "filterValues",
            "numResults",
            "promotions",
            "userId");
    assertThat(body.get("campaignArn").asString()).isEqualTo(HOME_CAMPAIGN);
    assertThat(body.get("userId").asString()).isEqualTo("p-1");
    assertThat(body.get("numResults").asInt()).isEqualTo(500);
    assertThat(body.get("context").get("DEVICE").asString()).isEqualTo("mobile");
    assertThat(body.get("filterArn").asString()).isEqualTo(CATEGORY_FILTER);
    assertThat(fieldNames(body.get("filterValues"))).containsExactly("BRAND", "CATEGORY");
    assertThat(body.get("filterValues").get("BRAND").asString()).isEqualTo("\"acme\"");
    assertThat(body.get("filterValues").get("CATEGORY").asString()).isEqualTo("\"shoes\"");
    JsonNode promotion = body.get("promotions").get(0);
    assertThat(body.get("promotions").size()).isEqualTo(1);
    assertThat(fieldNames(promotion))
        .containsExactly("filterArn", "filterValues", "name", "percentPromotedItems");
    assertThat(promotion.get("name").asString()).isEqualTo("new-in");
    assertThat(promotion.get("percentPromotedItems").asInt()).isEqualTo(20);
    assertThat(promotion.get("filterArn").asString()).isEqualTo(NEW_IN_FILTER);
    assertThat(promotion.get("filterValues").get("DAYS").asString()).isEqualTo("30");
  }

  @Test
  void asksARecommenderByItsArnAndScoresUnscoredItemsByRank() {
    personalize.answer(
        "/recommendations",
        200,
        """
        {"itemList":[{"itemId":"sku-3"},{"itemId":"sku-4"}],"recommendationId":"RID-2"}
        """);
    var recommender = recommender(settings(Map.of("home", Target.recommender(HOME_RECOMMENDER))));

    List<Candidate> candidates = recommender.recommend(query("home", "p-1", List.of(), List.of()));

    assertThat(candidates)
        .containsExactly(new Candidate("sku-3", 1.0), new Candidate("sku-4", 0.5));
    JsonNode body = personalize.onlyRequest().body();
    assertThat(fieldNames(body)).containsExactly("numResults", "recommenderArn", "userId");
    assertThat(body.get("recommenderArn").asString()).isEqualTo(HOME_RECOMMENDER);
    assertThat(body.get("numResults").asInt()).isEqualTo(10);
  }

  @Test
  void productContextSendsTheAnchorItemWithTheUser() {
    personalize.answer(
        "/recommendations", 200, "{\"itemList\":[{\"itemId\":\"sku-8\",\"score\":0.5}]}");
    var recommender = recommender(settings(Map.of("product", Target.campaign(SIMS_CAMPAIGN))));

    var candidates =
        recommender.recommend(query("product", "p-1", List.of("sku-7"), List.of("sku-6")));

    assertThat(candidates).containsExactly(new Candidate("sku-8", 0.5));
    JsonNode body = personalize.onlyRequest().body();
    assertThat(fieldNames(body)).containsExactly("campaignArn", "itemId", "numResults", "userId");
    assertThat(body.get("itemId").asString()).isEqualTo("sku-7");
    assertThat(body.get("userId").asString()).isEqualTo("p-1");
  }

  @Test
  void anonymousVisitorGetsItemBasedRecommendationsFromTheirRecentItemOnly() {
    personalize.answer("/recommendations", 200, "{\"itemList\":[]}");
    var recommender =
        recommender(
            settings(
                Map.of(
                    "product", Target.campaign(SIMS_CAMPAIGN),
                    "home", Target.campaign(HOME_CAMPAIGN))));

    assertThat(recommender.recommend(query("product", null, List.of(), List.of()))).isEmpty();
    assertThat(recommender.recommend(query("home", null, List.of(), List.of("sku-6")))).isEmpty();
    assertThat(personalize.requests()).isEmpty();

    recommender.recommend(query("product", null, List.of(), List.of("sku-6")));
    JsonNode body = personalize.onlyRequest().body();
    assertThat(fieldNames(body)).containsExactly("campaignArn", "itemId", "numResults");
    assertThat(body.get("itemId").asString()).isEqualTo("sku-6");
  }

  @Test
  void unconfiguredContextIsEmptyWithoutACall() {
    var recommender = recommender(settings(Map.of()));

    assertThat(recommender.recommend(query("checkout", "p-1", List.of("sku-1"), List.of())))
        .isEmpty();
    assertThat(personalize.requests()).isEmpty();
  }

  @Test
  void similarAndPopularAskTheirOwnResources() {
    personalize.answer(
        "/recommendations", 200, "{\"itemList\":[{\"itemId\":\"sku-2\",\"score\":0.9}]}");
    var recommender = recommender(settings(Map.of()));

    assertThat(recommender.similar("sku-1", 5)).containsExactly(new Candidate("sku-2", 0.9));
    assertThat(recommender.popular("boots", 3)).containsExactly(new Candidate("sku-2", 0.9));

    List<FakePersonalize.Request> requests = personalize.requests();
    assertThat(requests).hasSize(2);
    JsonNode similar = requests.get(0).body();
    assertThat(fieldNames(similar)).containsExactly("campaignArn", "itemId", "numResults");
    assertThat(similar.get("campaignArn").asString()).isEqualTo(SIMS_CAMPAIGN);
    assertThat(similar.get("itemId").asString()).isEqualTo("sku-1");
    JsonNode popular = requests.get(1).body();
    assertThat(fieldNames(popular))
        .containsExactly("filterArn", "filterValues", "numResults", "recommenderArn");
    assertThat(popular.get("recommenderArn").asString()).isEqualTo(POPULAR_RECOMMENDER);
    assertThat(popular.get("filterValues").get("CATEGORY").asString()).isEqualTo("\"boots\"");
    assertThat(popular.get("numResults").asInt()).isEqualTo(3);
  }

  @Test
  void similarAndPopularAreEmptyWhenNotConfigured() {
    var recommender =
        recommender(
            new PersonalizeSettings(Map.of(), null, null, null, null, Duration.ofSeconds(1)));

    assertThat(recommender.similar("sku-1", 5)).isEmpty();
    assertThat(recommender.popular(null, 5)).isEmpty();
    assertThat(recommender.rank("p-1", List.of(), List.of("a", "b")))
        .containsExactly(new Candidate("a", 0.0), new Candidate("b", 0.0));
    recommender.record(List.of(interaction("p-1", "sku-1", Kind.VIEW, 0)));
    assertThat(personalize.requests()).isEmpty();
  }

  @Test
  void ranksTheSkusForTheProfileInPersonalizesOrder() {
    personalize.answer(
        "/personalize-ranking",
        200,
        """
        {"personalizedRanking":[{"itemId":"sku-c","score":0.6},{"itemId":"sku-a","score":0.3},
                                {"itemId":"sku-b","score":0.0}],
         "recommendationId":"RID-3"}
        """);
    var recommender = recommender(settings(Map.of()));

    var ranked =
        recommender.rank("p-1", List.of("sku-z"), List.of("sku-a", "sku-b", "sku-c", "sku-d"));

    assertThat(ranked)
        .containsExactly(
            new Candidate("sku-c", 0.6),
            new Candidate("sku-a", 0.3),
            new Candidate("sku-b", 0.0),
            new Candidate("sku-d", 0.0));
    FakePersonalize.Request request = personalize.onlyRequest();
    assertSignedJsonPost(request, "/personalize-ranking");
    JsonNode body = request.body();
    assertThat(fieldNames(body)).containsExactly("campaignArn", "inputList", "userId");
    assertThat(body.get("campaignArn").asString()).isEqualTo(RANKING_CAMPAIGN);
    assertThat(body.get("userId").asString()).isEqualTo("p-1");
    assertThat(body.get("inputList").valueStream().map(JsonNode::asString))
        .containsExactly("sku-a", "sku-b", "sku-c", "sku-d");
  }

  @Test
  void rankWithoutAProfileKeepsTheSkusWithoutACall() {
    var ranked = recommender(settings(Map.of())).rank(null, List.of(), List.of("b", "a"));

    assertThat(ranked).containsExactly(new Candidate("b", 0.0), new Candidate("a", 0.0));
    assertThat(personalize.requests()).isEmpty();
  }

  @Test
  void recordsEventsInBatchesOfAtMostTenPerProfile() {
    var recommender = recommender(settings(Map.of()));
    List<Interaction> interactions = new ArrayList<>();
    Kind[] kinds = Kind.values();
    for (int i = 0; i < 12; i++) {
      interactions.add(interaction("p-1", "sku-" + i, kinds[i % kinds.length], i));
    }
    interactions.add(interaction("p-2", "sku-x", Kind.PURCHASE, 100));

    recommender.record(interactions);

    List<FakePersonalize.Request> requests = personalize.requests();
    assertThat(requests).hasSize(3);
    requests.forEach(request -> assertSignedJsonPost(request, "/events"));
    assertThat(requests.stream().map(r -> r.body().get("eventList").size()))
        .containsExactly(10, 2, 1);
    JsonNode first = requests.get(0).body();
    assertThat(fieldNames(first)).containsExactly("eventList", "sessionId", "trackingId", "userId");
    assertThat(first.get("trackingId").asString()).isEqualTo(TRACKING_ID);
    assertThat(first.get("userId").asString()).isEqualTo("p-1");
    assertThat(first.get("sessionId").asString()).isEqualTo("p-1");
    assertThat(
            first.get("eventList").valueStream().map(e -> e.get("eventType").asString()).limit(4))
        .containsExactly("View", "Wishlist", "AddToCart", "Purchase");
    JsonNode event = first.get("eventList").get(1);
    assertThat(fieldNames(event)).containsExactly("eventId", "eventType", "itemId", "sentAt");
    assertThat(event.get("eventId").asString()).isEqualTo("msg-1#sku-1");
    assertThat(event.get("itemId").asString()).isEqualTo("sku-1");
    assertThat(event.get("sentAt").asDouble()).isEqualTo(T0.getEpochSecond() + 1.0);
    JsonNode last = requests.get(2).body();
    assertThat(last.get("userId").asString()).isEqualTo("p-2");
    assertThat(last.get("eventList").get(0).get("eventType").asString()).isEqualTo("Purchase");
    assertThat(recommender.sentEvents()).isEqualTo(13);
    assertThat(recommender.failedEvents()).isZero();
  }

  @Test
  void serverErrorMakesRecommendAndRankUnavailable() {
    personalize.answer("/recommendations", 500, "{\"message\":\"internal error\"}");
    personalize.answer("/personalize-ranking", 500, "{\"message\":\"internal error\"}");
    var recommender = recommender(settings(Map.of("home", Target.campaign(HOME_CAMPAIGN))));

    assertThatThrownBy(() -> recommender.recommend(query("home", "p-1", List.of(), List.of())))
        .isInstanceOf(PersonalizeUnavailableException.class);
    assertThatThrownBy(() -> recommender.rank("p-1", List.of(), List.of("a", "b")))
        .isInstanceOf(PersonalizeUnavailableException.class);
    // one retry each, then the fallback
    assertThat(personalize.requests()).hasSize(4);
  }

  @Test
  void failedPutEventsIsCountedNotThrown() {
    personalize.answer("/events", 500, "{\"message\":\"internal error\"}");
    var recommender = recommender(settings(Map.of()));

    recommender.record(
        List.of(
            interaction("p-1", "sku-1", Kind.VIEW, 0), interaction("p-1", "sku-2", Kind.VIEW, 1)));

    assertThat(recommender.failedEvents()).isEqualTo(2);
    assertThat(recommender.sentEvents()).isZero();
  }

  @Test
  void slowAnswerIsCutOffAtTheConfiguredTimeout() {
    personalize.answerSlowly("/recommendations", 3_000);
    var settings =
        new PersonalizeSettings(
            Map.of("home", Target.campaign(HOME_CAMPAIGN)),
            null,
            null,
            null,
            null,
            Duration.ofMillis(300));
    var recommender = recommender(settings);

    assertThatThrownBy(() -> recommender.recommend(query("home", "p-1", List.of(), List.of())))
        .isInstanceOf(PersonalizeUnavailableException.class)
        .hasCauseInstanceOf(ApiCallTimeoutException.class);
  }
}
