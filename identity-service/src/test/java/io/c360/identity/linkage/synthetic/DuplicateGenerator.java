package io.c360.identity.linkage.synthetic;

import io.c360.identity.fuzzy.OfflinePerson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Customer records and their noisy duplicates, after FEBRL's dsgen recipe:
 *
 * <ol>
 *   <li>originals: names and addresses drawn from skewed frequency lists (so common names repeat),
 *       a postcode and region tied to the locality, birth dates over 70 years, 15 % of them in the
 *       household of an earlier original (same last name and address, own first name and birth
 *       date), a few values missing already (3 % per optional field);
 *   <li>duplicates: {@code duplicates} of them spread over the originals, one to five per original
 *       with a Zipf-like skew; each carries one to {@link #MAX_MODIFICATIONS_PER_RECORD}
 *       modifications, at most two per field, the field drawn by {@link Modifier}'s per-field
 *       probabilities and the error by its per-field error distribution (typo, OCR, phonetic,
 *       missing value, swapped fields, abbreviation).
 * </ol>
 *
 * Seeded: one seed, one data set.
 */
public final class DuplicateGenerator {

  /** At most this many modifications per duplicate (FEBRL's max_modification_per_record). */
  static final int MAX_MODIFICATIONS_PER_RECORD = 3;

  /** One record and the original it was made from. */
  public record Labelled(int personId, OfflinePerson person) {}

  private final Random random;
  private final Modifier modifier;

  public DuplicateGenerator(long seed) {
    this.random = new Random(seed);
    this.modifier = new Modifier(random, new Corruptor(random));
  }

  /** {@code originals} people and {@code duplicates} noisy copies, shuffled. */
  public List<Labelled> generate(int originals, int duplicates) {
    List<OfflinePerson> people = new ArrayList<>(originals);
    for (int i = 0; i < originals; i++) {
      people.add(
          i > 0 && random.nextDouble() < 0.15
              ? householdMember(people.get(random.nextInt(i)))
              : original());
    }
    List<Labelled> records = new ArrayList<>(originals + duplicates);
    for (int i = 0; i < originals; i++) {
      records.add(new Labelled(i, people.get(i)));
    }
    int made = 0;
    while (made < duplicates) {
      int id = random.nextInt(originals);
      int copies = Math.min(duplicates - made, copies());
      for (int k = 0; k < copies; k++) {
        records.add(new Labelled(id, modifier.duplicate(people.get(id))));
      }
      made += copies;
    }
    Collections.shuffle(records, random);
    return records;
  }

  /** One to five, skewed towards one (P(k) proportional to 1 / k^2). */
  private int copies() {
    double[] weights = {1, 1 / 4.0, 1 / 9.0, 1 / 16.0, 1 / 25.0};
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = random.nextDouble() * total;
    for (int k = 0; k < weights.length; k++) {
      u -= weights[k];
      if (u <= 0) {
        return k + 1;
      }
    }
    return 1;
  }

  private OfflinePerson original() {
    boolean female = random.nextBoolean();
    List<String> firsts = female ? Vocabulary.FEMALE : Vocabulary.MALE;
    int locality =
        (int) Math.floor(Vocabulary.LOCALITIES.size() * Math.pow(random.nextDouble(), 1.5));
    String postcode = String.valueOf(10000 + locality * 97 + random.nextInt(8));
    return new OfflinePerson(
        capital(Vocabulary.pick(firsts, random, 1.0)),
        capital(Vocabulary.pick(Vocabulary.SURNAMES, random, 1.2)),
        maybe(
            capital(Vocabulary.pick(Vocabulary.STREETS, random, 0.5))
                + " "
                + capital(Vocabulary.pick(Vocabulary.STREET_TYPES, random, 1.0))),
        postcode,
        random.nextDouble() < 0.03
            ? null
            : LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_500)),
        maybe(capital(Vocabulary.pick(firsts, random, 0.5))),
        maybe(String.valueOf(1 + random.nextInt(random.nextBoolean() ? 50 : 400))),
        capital(Vocabulary.LOCALITIES.get(locality)),
        Vocabulary.REGIONS.get(locality % Vocabulary.REGIONS.size()),
        female ? "f" : "m");
  }

  private OfflinePerson householdMember(OfflinePerson of) {
    boolean female = random.nextBoolean();
    List<String> firsts = female ? Vocabulary.FEMALE : Vocabulary.MALE;
    return new OfflinePerson(
        capital(Vocabulary.pick(firsts, random, 1.0)),
        of.lastName(),
        of.street(),
        of.postcode(),
        LocalDate.of(1940, 1, 1).plusDays(random.nextInt(25_500)),
        maybe(capital(Vocabulary.pick(firsts, random, 0.5))),
        of.streetNumber(),
        of.locality(),
        of.region(),
        female ? "f" : "m");
  }

  private @Nullable String maybe(String value) {
    return random.nextDouble() < 0.03 ? null : value;
  }

  static String capital(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
