package io.c360.identity.fuzzy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an offline record (a POS or support row without a strong identifier) says about a person, as
 * given: matching normalizes it, so it is stored as it arrived. Stored as JSON in the blocking
 * index.
 */
public record OfflinePerson(
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String street,
    @Nullable String postcode,
    @Nullable LocalDate birthDate) {

  public OfflinePerson {
    firstName = blankToNull(firstName);
    lastName = blankToNull(lastName);
    street = blankToNull(street);
    postcode = blankToNull(postcode);
  }

  /**
   * Reads Segment's reserved traits: {@code firstName} and {@code lastName} (or {@code name}, split
   * at the first space), {@code address.street} and {@code address.postal_code} (or {@code
   * postalCode}), and {@code birthday} (an ISO date or date-time). Empty when there is too little
   * to match on safely: a last name and at least one of postcode or birth date are required (a name
   * alone is shared by too many people, and blocking needs a postcode or a birth year).
   */
  public static Optional<OfflinePerson> fromTraits(Map<String, Object> traits) {
    String first = text(traits.get("firstName"));
    String last = text(traits.get("lastName"));
    if (first == null && last == null) {
      String name = text(traits.get("name"));
      if (name != null) {
        int space = name.indexOf(' ');
        if (space < 0) {
          last = name;
        } else {
          first = name.substring(0, space);
          last = name.substring(space + 1).trim();
        }
      }
    }
    String street = null;
    String postcode = null;
    if (traits.get("address") instanceof Map<?, ?> address) {
      street = text(address.get("street"));
      postcode = text(address.get("postal_code"));
      if (postcode == null) {
        postcode = text(address.get("postalCode"));
      }
    }
    LocalDate birthDate = date(traits.get("birthday"));
    OfflinePerson person = new OfflinePerson(first, last, street, postcode, birthDate);
    return person.matchable() ? Optional.of(person) : Optional.empty();
  }

  /** Whether this carries enough to match on: a last name plus a postcode or a birth date. */
  public boolean matchable() {
    return OfflineText.name(lastName) != null
        && (OfflineText.postcode(postcode) != null || birthDate != null);
  }

  private static @Nullable String text(@Nullable Object value) {
    return value instanceof CharSequence s ? blankToNull(s.toString()) : null;
  }

  private static @Nullable LocalDate date(@Nullable Object value) {
    if (value instanceof LocalDate d) {
      return d;
    }
    String s = text(value);
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String trimmed = s.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }
}
