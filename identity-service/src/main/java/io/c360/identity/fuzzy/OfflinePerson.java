package io.c360.identity.fuzzy;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.c360.common.event.CustomerEvent;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What an offline record (a POS or support row without a strong identifier) says about a person, as
 * given: matching normalizes it, so it is stored as it arrived. Stored as JSON in the blocking
 * index.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfflinePerson(
    @Nullable String firstName,
    @Nullable String lastName,
    @Nullable String street,
    @Nullable String postcode,
    @Nullable LocalDate birthDate,
    @Nullable String middleName,
    @Nullable String streetNumber,
    @Nullable String locality,
    @Nullable String region,
    @Nullable String gender) {

  public OfflinePerson {
    firstName = blankToNull(firstName);
    lastName = blankToNull(lastName);
    street = blankToNull(street);
    postcode = blankToNull(postcode);
    middleName = blankToNull(middleName);
    streetNumber = blankToNull(streetNumber);
    locality = blankToNull(locality);
    region = blankToNull(region);
    gender = blankToNull(gender);
  }

  /** A till or support record: names, street, postcode and birth date only. */
  public OfflinePerson(
      @Nullable String firstName,
      @Nullable String lastName,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable LocalDate birthDate) {
    this(firstName, lastName, street, postcode, birthDate, null, null, null, null, null);
  }

  /**
   * Reads Segment's reserved traits: {@code firstName} and {@code lastName} (or {@code name}, split
   * at the first space), {@code address.street} and {@code address.postal_code} (or {@code
   * postalCode}), and {@code birthday} (an ISO date or date-time); from customer master records
   * also {@code middleName}, {@code gender}, {@code address.street_number}, {@code
   * address.locality} (else {@code address.city}) and {@code address.state}. Empty when there is
   * too little to match on safely: a last name and at least one of postcode, birth date or locality
   * are required (a name alone is shared by too many people, and blocking needs one of them).
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
    String number = null;
    String locality = null;
    String region = null;
    if (traits.get("address") instanceof Map<?, ?> address) {
      street = text(address.get("street"));
      postcode = text(address.get("postal_code"));
      if (postcode == null) {
        postcode = text(address.get("postalCode"));
      }
      number = text(address.get("street_number"));
      locality = text(address.get("locality"));
      if (locality == null) {
        locality = text(address.get("city"));
      }
      region = text(address.get("state"));
    }
    LocalDate birthDate = date(traits.get("birthday"));
    OfflinePerson person =
        new OfflinePerson(
            first,
            last,
            street,
            postcode,
            birthDate,
            text(traits.get("middleName")),
            number,
            locality,
            region,
            text(traits.get("gender")));
    return person.matchable() ? Optional.of(person) : Optional.empty();
  }

  /**
   * The person on an event: its identify {@code traits} over its {@code context.traits} (where POS
   * and support imports put names and addresses).
   */
  @SuppressWarnings("unchecked")
  public static Optional<OfflinePerson> fromEvent(CustomerEvent event) {
    Map<String, Object> traits = new LinkedHashMap<>();
    if (event.context() != null && event.context().get("traits") instanceof Map<?, ?> context) {
      traits.putAll((Map<String, Object>) context);
    }
    if (event.traits() != null) {
      traits.putAll(event.traits());
    }
    return traits.isEmpty() ? Optional.empty() : fromTraits(traits);
  }

  /**
   * Whether this carries enough to match on: a last name plus a postcode, a birth date or a
   * locality.
   */
  public boolean matchable() {
    return OfflineText.name(lastName) != null
        && (OfflineText.postcode(postcode) != null
            || birthDate != null
            || OfflineText.plain(locality) != null);
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
