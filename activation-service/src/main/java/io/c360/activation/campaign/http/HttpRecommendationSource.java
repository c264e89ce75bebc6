package io.c360.activation.campaign.http;

import io.c360.activation.campaign.RecommendationSource;
import io.c360.activation.delivery.RecommendedItem;
import io.c360.activation.profile.ActivationProfile;
import io.c360.common.identifier.IdentifierType;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.JsonNode;

/**
 * Asks recommendation-service for the customer's {@code email}-context recommendations (by userId,
 * else anonymousId; the service resolves either through the identity graph). A call that fails or
 * takes longer than the timeout falls back to the popular items, fetched at most every {@code
 * popularFor} and kept; with neither, the message goes without products.
 */
@Component
final class HttpRecommendationSource implements RecommendationSource {

  private static final Logger log = LoggerFactory.getLogger(HttpRecommendationSource.class);

  private final RestClient http;
  private final RecommendationClientProperties properties;
  private final Clock clock;
  private final AtomicReference<Popular> popular = new AtomicReference<>();

  private record Popular(List<RecommendedItem> items, Instant fetchedAt) {}

  HttpRecommendationSource(RecommendationClientProperties properties, Clock clock) {
    this.properties = properties;
    this.clock = clock;
    JdkClientHttpRequestFactory factory =
        new JdkClientHttpRequestFactory(
            HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
    factory.setReadTimeout(properties.timeout());
    RestClient.Builder builder =
        RestClient.builder().baseUrl(properties.baseUrl().toString()).requestFactory(factory);
    if (properties.token() != null && !properties.token().isBlank()) {
      builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.token());
    }
    this.http = builder.build();
  }

  @Override
  public List<RecommendedItem> forMessage(ActivationProfile profile, int count) {
    Optional<String> userId = profile.identifier(IdentifierType.USER_ID);
    Optional<String> anonymousId = profile.identifier(IdentifierType.ANONYMOUS_ID);
    if (userId.isPresent() || anonymousId.isPresent()) {
      String parameter = userId.isPresent() ? "userId" : "anonymousId";
      String value = userId.orElseGet(anonymousId::orElseThrow);
      try {
        JsonNode answer =
            http.get()
                .uri(
                    u ->
                        u.path("/v1/recommendations")
                            .queryParam(parameter, value)
                            .queryParam("context", "email")
                            .queryParam("numResults", count)
                            .build())
                .retrieve()
                .body(JsonNode.class);
        List<RecommendedItem> items = items(answer);
        if (!items.isEmpty()) {
          return items.subList(0, Math.min(count, items.size()));
        }
      } catch (RestClientException e) {
        log.warn(
            "recommendations for profile {} failed, using popular items: {}",
            profile.id(),
            e.getMessage());
      }
    }
    return popular(count);
  }

  private List<RecommendedItem> popular(int count) {
    Popular cached = popular.get();
    Instant now = clock.instant();
    if (cached == null || cached.fetchedAt().plus(properties.popularFor()).isBefore(now)) {
      try {
        JsonNode answer =
            http.get()
                .uri(u -> u.path("/v1/popular").queryParam("numResults", 10).build())
                .retrieve()
                .body(JsonNode.class);
        cached = new Popular(items(answer), now);
        popular.set(cached);
      } catch (RestClientException e) {
        log.warn("popular items failed: {}", e.getMessage());
        if (cached == null) {
          return List.of();
        }
      }
    }
    return cached.items().subList(0, Math.min(count, cached.items().size()));
  }

  private static List<RecommendedItem> items(@Nullable JsonNode answer) {
    List<RecommendedItem> items = new ArrayList<>();
    if (answer == null || !answer.has("items")) {
      return items;
    }
    for (JsonNode item : answer.get("items")) {
      if (!item.hasNonNull("sku") || !item.hasNonNull("name")) {
        continue;
      }
      items.add(
          new RecommendedItem(
              item.get("sku").asString(),
              item.get("name").asString(),
              item.hasNonNull("price") ? new BigDecimal(item.get("price").asString()) : null,
              text(item, "currency"),
              text(item, "imageUrl"),
              text(item, "category")));
    }
    return items;
  }

  private static @Nullable String text(JsonNode item, String field) {
    return item.hasNonNull(field) ? item.get(field).asString() : null;
  }
}
