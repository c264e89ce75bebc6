package io.c360.common.identifier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The one normalization of identifiers used everywhere, so that {@code " Ann@Example.COM "} from
 * the web and {@code ann@example.com} from a store are the same customer. Thread-safe.
 *
 * <ul>
 *   <li>email: trimmed and lower-cased; no provider-specific rewriting (dots and plus tags are
 *       kept: they are different mailboxes at most providers);
 *   <li>phone: E.164 via libphonenumber, numbers without a country code read in the default region;
 *       numbers libphonenumber does not consider valid are dropped;
 *   <li>userId, anonymousId, loyaltyId, deviceId: trimmed, case kept.
 * </ul>
 *
 * Placeholder values ({@code null}, {@code undefined}, {@code anonymous}, {@code 0}, {@code -1},
 * {@code test@test.com}, values of only zeros and dashes, and configured extras) never become
 * identifiers.
 */
public final class IdentifierNormalizer {

  private static final Set<String> PLACEHOLDERS =
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

  public IdentifierNormalizer(IdentifierProperties properties) {
    this.defaultRegion = properties.defaultRegion();
    this.blocked =
        Stream.concat(PLACEHOLDERS.stream(), properties.blockedValues().stream())
            .map(v -> v.trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** The normalized identifier, or empty when the value is absent, invalid or a placeholder. */
  public Optional<Identifier> normalize(IdentifierType type, @Nullable String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String value = raw.trim();
    if (value.isEmpty() || isBlocked(value)) {
      return Optional.empty();
    }
    Optional<String> normalized =
        switch (type) {
          case EMAIL -> email(value);
          case PHONE -> phone(value);
          case USER_ID, ANONYMOUS_ID, LOYALTY_ID, DEVICE_ID -> Optional.of(value);
        };
    return normalized.filter(v -> !isBlocked(v)).map(v -> new Identifier(type, v));
  }

  /** Whether a value is a placeholder that must never identify a customer. */
  public boolean isBlocked(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    return v.isEmpty()
        || blocked.contains(v)
        || v.chars().allMatch(c -> c == '0' || c == '-' || Character.isWhitespace(c));
  }

  private static Optional<String> email(String value) {
    String email = value.toLowerCase(Locale.ROOT);
    int at = email.indexOf('@');
    if (at <= 0
        || at != email.lastIndexOf('@')
        || at == email.length() - 1
        || email.chars().anyMatch(Character::isWhitespace)) {
      return Optional.empty();
    }
    String domain = email.substring(at + 1);
    if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
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
