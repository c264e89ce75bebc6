package io.c360.common.identifier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one normalization of identifiers used everywhere, so that {@code " Ann@Example.COM "} from
 * the web and {@code ann@example.com} from a store are the same customer. Immutable and
 * thread-safe.
 *
 * <ul>
 *   <li>email: trimmed and lower-cased; no provider-specific rewriting (dots and plus tags are
 *       kept: they are different mailboxes at most providers); values with no single {@code @}, an
 *       empty local part, a domain without a dot or whitespace inside are not emails;
 *   <li>phone: E.164 via libphonenumber, numbers without a country code read in the default region;
 *       numbers libphonenumber does not consider valid are dropped;
 *   <li>userId, anonymousId, loyaltyId, deviceId, customerId: trimmed, case kept.
 * </ul>
 *
 * Trimming removes Unicode whitespace, no-break spaces and invisible format characters (such as a
 * byte-order mark or zero-width space) that copy-pasted CSV cells often carry.
 *
 * <p>Placeholder values ({@code null}, {@code undefined}, {@code anonymous}, {@code 0}, {@code -1},
 * {@code test@test.com}, {@code none}, {@code n/a}, {@code unknown}, {@code nan}, {@code nil},
 * values made only of zeros, dashes and whitespace, and configured extras) never become
 * identifiers, compared case-insensitively after trimming.
 */
public final class IdentifierNormalizer {

  /** Placeholders that are blocked whatever the configuration says. */
  public static final Set<String> PLACEHOLDERS =
      Set.of(
          "null",
          "undefined",
          "anonymous",
          "0",
          "-1",
          "test@test.com",
          "none",
          "n/a",
          "unknown",
          "nan",
          "nil");

  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
  private final String defaultRegion;
  private final Set<String> blocked;

  /** A normalizer from {@code c360.identifiers.*}. */
  public IdentifierNormalizer(IdentifierProperties properties) {
    this(properties.defaultRegion(), properties.blockedValues());
  }

  /** A normalizer that reads phone numbers without a country code in the given region. */
  public IdentifierNormalizer(String defaultRegion) {
    this(defaultRegion, Set.of());
  }

  /**
   * @param defaultRegion ISO 3166 region (e.g. {@code US}, {@code GB}) for phone numbers written
   *     without a country code
   * @param extraBlockedValues placeholder values to block on top of {@link #PLACEHOLDERS}
   * @throws IllegalArgumentException when libphonenumber does not know the region
   */
  public IdentifierNormalizer(String defaultRegion, Collection<String> extraBlockedValues) {
    String region = Objects.requireNonNull(defaultRegion, "defaultRegion").trim();
    region = region.toUpperCase(Locale.ROOT);
    if (!phones.getSupportedRegions().contains(region)) {
      throw new IllegalArgumentException(
          "default region '"
              + defaultRegion
              + "' is not an ISO 3166 region libphonenumber knows, e.g. US or GB");
    }
    this.defaultRegion = region;
    this.blocked =
        Stream.concat(PLACEHOLDERS.stream(), extraBlockedValues.stream())
            .map(IdentifierNormalizer::canonical)
            .collect(Collectors.toUnmodifiableSet());
  }

  /** The region phone numbers without a country code are read in. */
  public String defaultRegion() {
    return defaultRegion;
  }

  /** The normalized identifier, or empty when the value is absent, invalid or a placeholder. */
  public Optional<Identifier> normalize(IdentifierType type, @Nullable String raw) {
    Objects.requireNonNull(type, "type");
    if (raw == null) {
      return Optional.empty();
    }
    String value = trim(raw);
    if (value.isEmpty() || isBlocked(value)) {
      return Optional.empty();
    }
    Optional<String> normalized =
        switch (type) {
          case EMAIL -> email(value);
          case PHONE -> phone(value);
          case USER_ID, ANONYMOUS_ID, LOYALTY_ID, DEVICE_ID, CUSTOMER_ID -> Optional.of(value);
        };
    return normalized.filter(v -> !isBlocked(v)).map(v -> new Identifier(type, v));
  }

  /**
   * Every identifier that survives normalization, in {@link IdentifierType} declaration order,
   * without duplicates. Absent, invalid and placeholder values are left out.
   */
  public List<Identifier> extract(Map<IdentifierType, ? extends @Nullable String> raw) {
    List<Identifier> found = new ArrayList<>(raw.size());
    for (IdentifierType type : IdentifierType.values()) {
      normalize(type, raw.get(type)).filter(id -> !found.contains(id)).ifPresent(found::add);
    }
    return List.copyOf(found);
  }

  /** Whether a value is a placeholder that must never identify a customer. */
  public boolean isBlocked(@Nullable String value) {
    if (value == null) {
      return true;
    }
    String v = canonical(value);
    return v.isEmpty()
        || blocked.contains(v)
        || v.chars().allMatch(c -> c == '0' || c == '-' || isSpace(c));
  }

  private static String canonical(String value) {
    return trim(value).toLowerCase(Locale.ROOT);
  }

  /** Strips whitespace, no-break spaces, control and invisible format characters at both ends. */
  static String trim(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isTrimmable(value.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmable(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isTrimmable(char c) {
    return isSpace(c) || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT;
  }

  private static boolean isSpace(int c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static Optional<String> email(String value) {
    String email = value.toLowerCase(Locale.ROOT);
    int at = email.indexOf('@');
    if (at <= 0
        || at != email.lastIndexOf('@')
        || email.chars().anyMatch(c -> isSpace(c) || Character.isISOControl(c))) {
      return Optional.empty();
    }
    String domain = email.substring(at + 1);
    if (!domain.contains(".")
        || domain.startsWith(".")
        || domain.endsWith(".")
        || domain.contains("..")) {
      return Optional.empty();
    }
    return Optional.of(email);
  }

  private Optional<String> phone(String value) {
    try {
      Phonenumber.PhoneNumber number = phones.parse(value, defaultRegion);
      if (!phones.isValidNumber(number)) {
        return Optional.empty();
      }
      return Optional.of(phones.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
    } catch (NumberParseException e) {
      return Optional.empty();
    }
  }
}
