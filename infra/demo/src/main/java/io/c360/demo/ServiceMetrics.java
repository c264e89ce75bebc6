package io.c360.demo;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import tools.jackson.databind.JsonNode;

/**
 * Reads the five services' Micrometer metrics through Spring Boot's actuator ({@code GET
 * /actuator/metrics/{name}?tag=k:v}, role admin): what the platform benchmark and the soak run
 * sample.
 */
final class ServiceMetrics {

  private ServiceMetrics() {}

  /** The five services by short name, in the order data flows, called with the admin token. */
  static Map<String, Api> services(DemoSettings settings, HttpClient http) {
    Map<String, Api> services = new LinkedHashMap<>();
    services.put("ingest", admin("ingest-service", settings.ingestUrl(), settings, http));
    services.put("identity", admin("identity-service", settings.identityUrl(), settings, http));
    services.put("scoring", admin("scoring-service", settings.scoringUrl(), settings, http));
    services.put(
        "recommendation",
        admin("recommendation-service", settings.recommendationUrl(), settings, http));
    services.put(
        "activation", admin("activation-service", settings.activationUrl(), settings, http));
    return services;
  }

  private static Api admin(String name, java.net.URI url, DemoSettings settings, HttpClient http) {
    return Api.bearer(name, url, settings.adminToken(), http);
  }

  /**
   * One statistic of a metric ({@code COUNT}, {@code TOTAL_TIME}, {@code MAX}, {@code VALUE}),
   * summed over the series that match the tags ({@code "area:heap"}); empty when the service has no
   * such metric (404).
   *
   * @throws DemoFailedException when the service answers anything else
   */
  static OptionalDouble statistic(Api api, String metric, String statistic, String... tags) {
    JsonNode body = read(api, metric, tags);
    if (body == null) {
      return OptionalDouble.empty();
    }
    for (JsonNode m : body.path("measurements")) {
      if (m.path("statistic").asString().equals(statistic)) {
        return OptionalDouble.of(m.path("value").asDouble());
      }
    }
    return OptionalDouble.empty();
  }

  /** The values a metric's tag takes (its {@code availableTags}); none when there is no metric. */
  static List<String> tagValues(Api api, String metric, String tag) {
    JsonNode body = read(api, metric);
    List<String> values = new ArrayList<>();
    if (body != null) {
      for (JsonNode t : body.path("availableTags")) {
        if (t.path("tag").asString().equals(tag)) {
          t.path("values").forEach(v -> values.add(v.asString()));
        }
      }
    }
    return values;
  }

  private static JsonNode read(Api api, String metric, String... tags) {
    StringBuilder path = new StringBuilder("/actuator/metrics/").append(metric);
    for (int i = 0; i < tags.length; i++) {
      path.append(i == 0 ? '?' : '&').append("tag=").append(tags[i]);
    }
    Api.Response response = api.exchange("GET", path.toString(), null);
    if (response.status() == 404) {
      return null;
    }
    if (response.status() != 200) {
      throw new DemoFailedException(api.failure("GET", path.toString(), response));
    }
    return response.body();
  }
}
