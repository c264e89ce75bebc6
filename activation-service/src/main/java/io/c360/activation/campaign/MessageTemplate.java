package io.c360.activation.campaign;

import io.c360.activation.delivery.RecommendedItem;
import io.c360.activation.profile.ActivationProfile;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.text.StringSubstitutor;
import org.jspecify.annotations.Nullable;

/**
 * A message with {@code ${variable}} placeholders (and {@code ${variable:-default}} for a value a
 * customer may lack): {@code firstName}, {@code lastName}, {@code recommendations} (one line per
 * product: name and price), and per product {@code product1}, {@code product1Price}, {@code
 * product1Image}, ... up to the campaign's number of recommendations.
 */
public record MessageTemplate(@Nullable String subject, String body) {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]*)(:-[^}]*)?}");
  private static final Pattern PRODUCT = Pattern.compile("product([1-9][0-9]?)(Price|Image)?");

  /** What is wrong with the template for a campaign with that many recommendations. */
  public List<String> problems(int recommendations) {
    List<String> problems = new ArrayList<>();
    if (body == null || body.isBlank()) {
      problems.add("template.body: must not be blank");
      return problems;
    }
    check("template.body", body, recommendations, problems);
    if (subject != null) {
      check("template.subject", subject, recommendations, problems);
    }
    return problems;
  }

  private static void check(String where, String text, int recommendations, List<String> problems) {
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      String name = m.group(1);
      if (name.equals("firstName") || name.equals("lastName")) {
        continue;
      }
      if (name.equals("recommendations")) {
        if (recommendations == 0) {
          problems.add(where + ": ${recommendations} needs recommendations > 0");
        }
        continue;
      }
      Matcher product = PRODUCT.matcher(name);
      if (product.matches()) {
        if (Integer.parseInt(product.group(1)) > recommendations) {
          problems.add(
              where
                  + ": ${"
                  + name
                  + "} refers to a product beyond the "
                  + recommendations
                  + " recommendations of the campaign");
        }
        continue;
      }
      problems.add(
          where
              + ": unknown placeholder ${"
              + name
              + "}; use firstName, lastName, recommendations, productN, productNPrice or"
              + " productNImage");
    }
  }

  /** The values substituted for the customer and products. */
  public static Map<String, String> substitutions(
      ActivationProfile profile, List<RecommendedItem> items) {
    Map<String, String> values = new LinkedHashMap<>();
    profile.trait("firstName").ifPresent(v -> values.put("firstName", v));
    profile.trait("lastName").ifPresent(v -> values.put("lastName", v));
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      RecommendedItem item = items.get(i);
      String n = Integer.toString(i + 1);
      values.put("product" + n, item.name());
      if (item.price() != null) {
        values.put("product" + n + "Price", price(item));
      }
      if (item.imageUrl() != null) {
        values.put("product" + n + "Image", item.imageUrl());
      }
      list.append(i == 0 ? "" : "\n").append("- ").append(item.name());
      if (item.price() != null) {
        list.append(" (").append(price(item)).append(')');
      }
    }
    values.put("recommendations", list.toString());
    return values;
  }

  /** The text with the values substituted; a placeholder without value or default stays empty. */
  public static String render(String text, Map<String, String> values) {
    Map<String, String> all = new LinkedHashMap<>(values);
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      if (m.group(2) == null) {
        all.putIfAbsent(m.group(1), "");
      }
    }
    StringSubstitutor substitutor = new StringSubstitutor(all);
    substitutor.setEnableUndefinedVariableException(false);
    substitutor.setValueDelimiter(":-");
    // a customer's name that contains ${...} is text, not a placeholder
    substitutor.setDisableSubstitutionInValues(true);
    return substitutor.replace(text);
  }

  private static String price(RecommendedItem item) {
    String amount = item.price().setScale(2, RoundingMode.HALF_UP).toPlainString();
    return item.currency() == null ? amount : amount + " " + item.currency();
  }
}
