package io.c360.activation.audience;

import io.c360.activation.audience.AudienceField.Type;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.profile.ComputedTraits;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The fields audience rules can use: computed traits by name, {@code daysSince…} fields, address
 * presence, and the families {@code scores.<model>}, {@code consent.<channel>} and {@code
 * traits.<name>}.
 */
public final class AudienceFields {

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
  private static final Map<String, AudienceField> FIXED = new LinkedHashMap<>();

  static {
    number("orderCount", c -> c.orderCount());
    number("lifetimeValue", c -> c.lifetimeValue());
    number("averageOrderValue", ComputedTraits::averageOrderValue);
    number("returns90d", c -> c.returns90d());
    number("sessions30d", c -> c.sessions30d());
    number("productViews30d", c -> c.productViews30d());
    number("cartAdds30d", c -> c.cartAdds30d());
    number("supportTickets", c -> c.supportTickets());
    number("csatAverage", ComputedTraits::csatAverage);
    daysSince("daysSinceLastOrder", ComputedTraits::lastOrderAt);
    daysSince("daysSinceLastSeen", ComputedTraits::lastSeen);
    daysSince("daysSinceFirstSeen", ComputedTraits::firstSeen);
    computed("subscriptionStatus", Type.STRING, ComputedTraits::subscriptionStatus);
    computed("preferredCategory", Type.STRING, ComputedTraits::preferredCategory);
    computed("channels", Type.LIST, ComputedTraits::channels);
    computed("wishlistItems", Type.LIST, ComputedTraits::wishlistItems);
    FIXED.put(
        "hasEmail",
        new AudienceField(
            "hasEmail", Type.BOOLEAN, (p, now) -> p.identifier(IdentifierType.EMAIL).isPresent()));
    FIXED.put(
        "hasPhone",
        new AudienceField(
            "hasPhone", Type.BOOLEAN, (p, now) -> p.identifier(IdentifierType.PHONE).isPresent()));
  }

  private AudienceFields() {}

  /** The field at a path, or empty when there is no such field. */
  public static Optional<AudienceField> resolve(String path) {
    AudienceField fixed = FIXED.get(path);
    if (fixed != null) {
      return Optional.of(fixed);
    }
    int dot = path.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String family = path.substring(0, dot);
    String name = path.substring(dot + 1);
    if (!NAME.matcher(name).matches()) {
      return Optional.empty();
    }
    return switch (family) {
      case "scores" ->
          Optional.of(new AudienceField(path, Type.NUMBER, (p, now) -> p.scores().get(name)));
      case "consent" ->
          Optional.of(new AudienceField(path, Type.BOOLEAN, (p, now) -> p.consents(name)));
      case "traits" ->
          Optional.of(new AudienceField(path, Type.ANY, (p, now) -> p.traits().get(name)));
      default -> Optional.empty();
    };
  }

  /** The fixed field names and the families, for error messages and the docs. */
  public static SortedSet<String> known() {
    SortedSet<String> names = new TreeSet<>(FIXED.keySet());
    names.add("scores.<model>");
    names.add("consent.<channel>");
    names.add("traits.<name>");
    return names;
  }

  private static void number(String name, Function<ComputedTraits, @Nullable Object> getter) {
    computed(name, Type.NUMBER, getter);
  }

  private static void computed(
      String name, Type type, Function<ComputedTraits, @Nullable Object> getter) {
    FIXED.put(
        name,
        new AudienceField(
            name,
            type,
            (p, now) -> {
              ComputedTraits c = p.computed();
              Object value = c == null ? null : getter.apply(c);
              return value instanceof BigDecimal d ? d.doubleValue() : value;
            }));
  }

  private static void daysSince(String name, Function<ComputedTraits, @Nullable Instant> getter) {
    FIXED.put(
        name,
        new AudienceField(
            name,
            Type.NUMBER,
            (p, now) -> {
              ComputedTraits c = p.computed();
              Instant at = c == null ? null : getter.apply(c);
              return at == null ? null : Duration.between(at, now).toSeconds() / 86_400.0;
            }));
  }
}
