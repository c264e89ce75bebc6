package io.c360.console.campaigns;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.services.ServiceProblem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A template filled in for one real member of the audience (the first of its sample): her first and
 * last name from identity-service, her products from recommendation-service. A preview: the message
 * itself is rendered by activation-service when it sends, with the same placeholders (firstName,
 * lastName, recommendations, productN, with {@code :-default}).
 */
record Preview(@Nullable String memberId, @Nullable String subject, String body, String note) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z0-9]+)(?::-([^}]*))?}");

  static Preview of(
      ServiceClient services,
      String audienceId,
      @Nullable String subject,
      String body,
      int recommendations) {
    Map<String, Object> audience =
        services.get(Service.ACTIVATION, "/v1/audiences/{id}", audienceId);
    List<?> sample = audience.get("sampleMembers") instanceof List<?> l ? l : List.of();
    if (sample.isEmpty()) {
      return new Preview(null, subject, body, "The audience has no member yet to preview with.");
    }
    String memberId = String.valueOf(sample.getFirst());
    Map<String, Object> profile = services.get(Service.IDENTITY, "/v1/profiles/{id}", memberId);
    Map<String, String> values = new HashMap<>();
    trait(profile, "firstName").ifPresent(v -> values.put("firstName", v));
    trait(profile, "lastName").ifPresent(v -> values.put("lastName", v));
    String note = products(services, profile, recommendations, values);
    return new Preview(
        memberId, subject == null ? null : render(subject, values), render(body, values), note);
  }

  static String render(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        value = m.group(2) == null ? "" : m.group(2);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static java.util.Optional<String> trait(Map<String, Object> profile, String name) {
    if (profile.get("traits") instanceof Map<?, ?> traits
        && traits.get(name) instanceof Map<?, ?> trait
        && trait.get("value") != null) {
      return java.util.Optional.of(String.valueOf(trait.get("value")));
    }
    return java.util.Optional.empty();
  }

  private static String products(
      ServiceClient services, Map<String, Object> profile, int count, Map<String, String> values) {
    String userId = null;
    if (profile.get("identifiers") instanceof List<?> ids) {
      for (Object id : ids) {
        if (id instanceof Map<?, ?> link
            && link.get("identifier") instanceof Map<?, ?> identifier
            && "userId".equals(identifier.get("type"))) {
          userId = String.valueOf(identifier.get("value"));
        }
      }
    }
    if (userId == null) {
      return "The member has no userId, so no products are shown here.";
    }
    try {
      String uri =
          UriComponentsBuilder.fromPath("/v1/recommendations")
              .queryParam("userId", userId)
              .queryParam("context", "home")
              .queryParam("numResults", count)
              .encode()
              .toUriString();
      List<?> items =
          services.get(Service.RECOMMENDATION, uri).get("items") instanceof List<?> l
              ? l
              : List.of();
      List<String> lines = new ArrayList<>();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i) instanceof Map<?, ?> item) {
          values.put("product" + (i + 1), String.valueOf(item.get("name")));
          lines.add("- " + item.get("name"));
        }
      }
      values.put("recommendations", String.join("\n", lines));
      return "Products from recommendation-service for this member, context home.";
    } catch (ServiceProblem problem) {
      return "No products: " + problem.title() + " — " + problem.detail();
    }
  }
}
