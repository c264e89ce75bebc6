package io.c360.identity.linkage;

import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.OfflinePerson;
import io.c360.identity.fuzzy.OfflineText;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A person record normalized once for comparison (a batch compares each record many times): plain
 * text, nicknames expanded, street words expanded, sounds of the names precomputed.
 */
public record ComparablePerson(
    @Nullable String first,
    @Nullable String middle,
    @Nullable String last,
    @Nullable String firstSound,
    @Nullable String lastSound,
    @Nullable String number,
    @Nullable String street,
    @Nullable String locality,
    @Nullable String postcode,
    @Nullable String region,
    @Nullable LocalDate birthDate,
    @Nullable String gender) {

  public static ComparablePerson of(OfflinePerson p) {
    String first = OfflineText.firstName(p.firstName());
    String last = OfflineText.name(p.lastName());
    String number = OfflineText.plain(p.streetNumber());
    return new ComparablePerson(
        first,
        OfflineText.name(p.middleName()),
        last,
        FuzzyMatcher.sound(first),
        FuzzyMatcher.sound(last),
        number == null ? null : number.replace(" ", ""),
        OfflineText.street(p.street()),
        OfflineText.plain(p.locality()),
        OfflineText.postcode(p.postcode()),
        OfflineText.plain(p.region()),
        p.birthDate(),
        gender(p.gender()));
  }

  /**
   * What blocking reads of this person ({@link
   * FuzzyMatcher#blockingKeys(FuzzyMatcher.BlockingFields)}): the same keys as {@link
   * FuzzyMatcher#blockingKeys(OfflinePerson)} gives the raw record, without normalizing its text a
   * second time.
   */
  public FuzzyMatcher.BlockingFields blockingFields() {
    return new FuzzyMatcher.BlockingFields(
        firstSound, lastSound, postcode, birthDate, number, FuzzyMatcher.sound(locality));
  }

  /** {@code f}, {@code m} or another plain value; {@code female}, {@code Woman} read as f. */
  private static @Nullable String gender(@Nullable String raw) {
    String g = OfflineText.plain(raw);
    if (g == null) {
      return null;
    }
    return switch (g.toLowerCase(Locale.ROOT)) {
      case "f", "female", "woman", "w" -> "f";
      case "m", "male", "man" -> "m";
      default -> g;
    };
  }
}
