package io.c360.common.identifier;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Masks personal data and secrets before they reach a log line, which must never hold a full email,
 * phone number or token.
 *
 * <ul>
 *   <li>email: first character of the local part, then the domain: {@code a***@example.com};
 *   <li>phone: the country code (when written with {@code +}) and the last four digits: {@code
 *       +1******2671}; short numbers keep fewer digits;
 *   <li>anything else (tokens, write keys, ids): at most the first four characters, and never more
 *       than a quarter of the value: {@code sk_l****}.
 * </ul>
 */
public final class Redaction {

  private static final String STARS = "****";

  private Redaction() {}

  /** The value masked for a log line; {@code null} stays {@code "null"}. */
  public static String mask(@Nullable String value) {
    if (value == null) {
      return "null";
    }
    String v = IdentifierNormalizer.trim(value);
    if (v.indexOf('@') >= 0) {
      return maskEmail(v);
    }
    if (looksLikePhone(v)) {
      return maskPhone(v);
    }
    return maskToken(v);
  }

  /** The identifier's value masked as its type calls for. */
  public static String mask(Identifier identifier) {
    return switch (identifier.type()) {
      case EMAIL -> maskEmail(identifier.value());
      case PHONE -> maskPhone(identifier.value());
      case USER_ID, ANONYMOUS_ID, LOYALTY_ID, DEVICE_ID, CUSTOMER_ID ->
          maskToken(identifier.value());
    };
  }

  private static String maskEmail(String email) {
    int at = email.lastIndexOf('@');
    String first = at > 0 ? email.substring(0, email.offsetByCodePoints(0, 1)) : "";
    return first + "***" + email.substring(at);
  }

  private static boolean looksLikePhone(String v) {
    int digits = 0;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      } else if ("+()-. ".indexOf(c) < 0) {
        return false;
      }
    }
    return digits >= 6;
  }

  private static String maskPhone(String phone) {
    String digits = phone.replaceAll("[^0-9]", "");
    String countryCode = "";
    if (phone.startsWith("+")) {
      int length = countryCodeLength(digits);
      countryCode = "+" + digits.substring(0, length);
      digits = digits.substring(length);
    }
    int keep = digits.length() >= 8 ? 4 : digits.length() >= 6 ? 2 : 0;
    return countryCode
        + "*".repeat(digits.length() - keep)
        + digits.substring(digits.length() - keep);
  }

  /** Calling codes are prefix-free, so the first known one of 1 to 3 digits is the one. */
  private static int countryCodeLength(String digits) {
    Set<Integer> codes = PhoneNumberUtil.getInstance().getSupportedCallingCodes();
    for (int length = 1; length <= 3 && length < digits.length(); length++) {
      if (codes.contains(Integer.parseInt(digits.substring(0, length)))) {
        return length;
      }
    }
    return 0;
  }

  private static String maskToken(String token) {
    int keep = Math.min(4, token.length() / 4);
    return token.substring(0, keep) + STARS;
  }
}
