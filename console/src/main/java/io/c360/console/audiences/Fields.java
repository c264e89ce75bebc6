package io.c360.console.audiences;

import io.c360.console.services.Service;
import io.c360.console.services.ServiceClient;
import io.c360.console.services.ServiceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fields the rule builder suggests: activation-service's computed traits, one {@code
 * scores.<model>} per model scoring-service knows, and consent per channel; any {@code
 * traits.<name>} may be typed.
 */
final class Fields {

  static final List<String> COMPUTED =
      List.of(
          "orderCount",
          "lifetimeValue",
          "averageOrderValue",
          "returns90d",
          "sessions30d",
          "productViews30d",
          "cartAdds30d",
          "supportTickets",
          "csatAverage",
          "daysSinceLastOrder",
          "daysSinceLastSeen",
          "daysSinceFirstSeen",
          "subscriptionStatus",
          "preferredCategory",
          "channels",
          "wishlistItems",
          "hasEmail",
          "hasPhone");

  private Fields() {}

  static List<String> suggestions(ServiceClient services) {
    List<String> fields = new ArrayList<>(COMPUTED);
    for (String model : models(services)) {
      fields.add("scores." + model);
    }
    fields.addAll(List.of("consent.email", "consent.sms", "consent.push"));
    return fields;
  }

  private static List<String> models(ServiceClient services) {
    try {
      List<String> names = new ArrayList<>();
      for (Object model : services.getList(Service.SCORING, "/v1/models")) {
        if (model instanceof Map<?, ?> m && m.get("name") != null) {
          names.add(String.valueOf(m.get("name")));
        }
      }
      return names;
    } catch (ServiceProblem unavailable) {
      // suggestions only: the two models C360 ships can still be typed or picked
      return List.of("churn_90d", "repurchase_30d");
    }
  }
}
