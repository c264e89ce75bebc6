package io.c360.identity.linkage;

import io.c360.identity.fuzzy.FieldSimilarity;
import java.time.LocalDate;
import java.util.Objects;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * Compares two records field by field into a comparison vector: per {@link Field} a level (missing,
 * disagree, partial, exact) and a similarity in [0, 1] for people to read. First and last name are
 * compared as given and swapped; the better orientation is kept.
 */
public final class Comparison {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();
  private static final Field[] FIELDS = Field.values();

  private Comparison() {}

  /** The levels of {@code a} against {@code b}, encoded as one pattern (see {@link #level}). */
  public static int pattern(ComparablePerson a, ComparablePerson b) {
    return encode(levelsAndSimilarities(a, b, null));
  }

  /** The level of one field in an encoded pattern. */
  public static int level(int pattern, Field field) {
    return (pattern >>> (2 * field.ordinal())) & 3;
  }

  /** The per-field similarities (null where a record lacks the field), in {@link Field} order. */
  public static @Nullable Double[] similarities(ComparablePerson a, ComparablePerson b) {
    @Nullable Double[] out = new Double[FIELDS.length];
    levelsAndSimilarities(a, b, out);
    return out;
  }

  private static int encode(int[] levels) {
    int pattern = 0;
    for (int f = 0; f < levels.length; f++) {
      pattern |= levels[f] << (2 * f);
    }
    return pattern;
  }

  private static int[] levelsAndSimilarities(
      ComparablePerson a, ComparablePerson b, @Nullable Double @Nullable [] sims) {
    int[] levels = new int[FIELDS.length];
    boolean shown = sims != null;
    double[] direct = names(a.first(), a.firstSound(), b.first(), b.firstSound(), shown);
    double[] directLast = names(a.last(), a.lastSound(), b.last(), b.lastSound(), shown);
    boolean swap = false;
    double[] swappedFirst = direct;
    double[] swappedLast = directLast;
    if (direct[0] != Field.EXACT || directLast[0] != Field.EXACT) {
      swappedFirst = names(a.first(), a.firstSound(), b.last(), b.lastSound(), shown);
      swappedLast = names(a.last(), a.lastSound(), b.first(), b.firstSound(), shown);
      swap =
          swappedFirst[0] + swappedLast[0] > direct[0] + directLast[0]
              && swappedFirst[0] + swappedLast[0] >= 2 * Field.PARTIAL;
    }
    set(levels, sims, Field.FIRST_NAME, swap ? swappedFirst : direct);
    set(levels, sims, Field.LAST_NAME, swap ? swappedLast : directLast);
    set(levels, sims, Field.MIDDLE_NAME, middle(a.middle(), b.middle(), shown));
    set(levels, sims, Field.STREET_NUMBER, code(a.number(), b.number()));
    set(levels, sims, Field.STREET, street(a.street(), b.street()));
    set(levels, sims, Field.LOCALITY, locality(a.locality(), b.locality()));
    set(levels, sims, Field.POSTCODE, code(a.postcode(), b.postcode()));
    set(levels, sims, Field.REGION, exactOnly(a.region(), b.region()));
    set(levels, sims, Field.BIRTH_DATE, birthDate(a.birthDate(), b.birthDate()));
    set(levels, sims, Field.GENDER, exactOnly(a.gender(), b.gender()));
    return levels;
  }

  private static void set(
      int[] levels, @Nullable Double @Nullable [] sims, Field field, double[] levelAndSimilarity) {
    levels[field.ordinal()] = (int) levelAndSimilarity[0];
    if (sims != null && levelAndSimilarity[0] != Field.MISSING) {
      sims[field.ordinal()] = levelAndSimilarity[1];
    }
  }

  private static final double[] MISSING = {Field.MISSING, 0.0};

  /**
   * Exact; partial for a typing slip, a dropped letter, the same sound or a close Jaro-Winkler. The
   * level needs the keyboard-aware edit distance only for display: {@link FieldSimilarity#name} is
   * below 0.6 whenever Jaro-Winkler is below 0.84, so Jaro-Winkler, the sound, an initial or a
   * contained word decide the level, and the costlier distance runs only when similarities are
   * asked for.
   */
  private static double[] names(
      @Nullable String a,
      @Nullable String aSound,
      @Nullable String b,
      @Nullable String bSound,
      boolean similarity) {
    if (a == null || b == null) {
      return MISSING;
    }
    if (a.equals(b)) {
      return new double[] {Field.EXACT, 1.0};
    }
    if (similarity) {
      double s = Math.max(FieldSimilarity.name(a, b), JARO_WINKLER.apply(a, b) - 0.1);
      boolean close = s >= 0.6 || Objects.equals(aSound, bSound);
      return new double[] {close ? Field.PARTIAL : Field.DISAGREE, s};
    }
    boolean close =
        Objects.equals(aSound, bSound)
            || ((a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0))
            || containsWord(a, b)
            || containsWord(b, a)
            || JARO_WINKLER.apply(a, b) >= 0.7;
    return new double[] {close ? Field.PARTIAL : Field.DISAGREE, 0.0};
  }

  private static boolean containsWord(String whole, String word) {
    return whole.indexOf(' ') >= 0 && (" " + whole + " ").contains(" " + word + " ");
  }

  /**
   * Exact; partial for an initial or a similar name ({@link FieldSimilarity#name} at least 0.6).
   * That similarity is at most the Jaro-Winkler similarity ramped from 0.6, so below 0.83
   * Jaro-Winkler (0.84 would be needed) the level is disagree without the costlier edit distance,
   * unless one name contains the other.
   */
  private static double[] middle(@Nullable String a, @Nullable String b, boolean similarity) {
    if (a == null || b == null) {
      return MISSING;
    }
    if (a.equals(b)) {
      return new double[] {Field.EXACT, 1.0};
    }
    boolean initial = (a.length() == 1 || b.length() == 1) && a.charAt(0) == b.charAt(0);
    if (!similarity
        && !initial
        && !containsWord(a, b)
        && !containsWord(b, a)
        && JARO_WINKLER.apply(a, b) < 0.83) {
      return new double[] {Field.DISAGREE, 0.0};
    }
    double s = initial ? 0.8 : FieldSimilarity.name(a, b);
    return new double[] {s >= 0.6 ? Field.PARTIAL : Field.DISAGREE, s};
  }

  /** Postcodes, street numbers: exact, or one slip of a key or two swapped characters. */
  private static double[] code(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return MISSING;
    }
    if (a.equals(b)) {
      return new double[] {Field.EXACT, 1.0};
    }
    boolean slip =
        Math.abs(a.length() - b.length()) <= 1
            && withinTwoEdits(a, b)
            && FieldSimilarity.keyboardDistance(a, b) <= 1.0;
    return new double[] {slip ? Field.PARTIAL : Field.DISAGREE, slip ? 0.5 : 0.0};
  }

  /**
   * False when {@code a} and {@code b} cannot be two edits apart: an edit (a substitution,
   * insertion, deletion or transposition) changes the characters' counts by at most two in all, and
   * a keyboard distance of at most 1 allows at most two edits (none costs less than 0.5). A cheap
   * necessary condition before the edit distance; true for text beyond ASCII.
   */
  static boolean withinTwoEdits(String a, String b) {
    int[] counts = new int[128];
    for (int i = 0; i < a.length(); i++) {
      char c = a.charAt(i);
      if (c >= 128) {
        return true;
      }
      counts[c]++;
    }
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c >= 128) {
        return true;
      }
      counts[c]--;
    }
    int difference = 0;
    for (int count : counts) {
      difference += Math.abs(count);
    }
    return difference <= 4;
  }

  /** Streets: exact; partial when half the words are shared or the edit distance is small. */
  private static double[] street(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return MISSING;
    }
    if (a.equals(b)) {
      return new double[] {Field.EXACT, 1.0};
    }
    double ratio = 1.0 - (double) LEVENSHTEIN.apply(a, b) / Math.max(a.length(), b.length());
    double similarity = Math.max(ratio, tokenOverlap(a, b));
    return new double[] {similarity >= 0.75 ? Field.PARTIAL : Field.DISAGREE, similarity};
  }

  private static double[] locality(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return MISSING;
    }
    if (a.equals(b)) {
      return new double[] {Field.EXACT, 1.0};
    }
    double similarity = Math.max(tokenOverlap(a, b), JARO_WINKLER.apply(a, b));
    return new double[] {similarity >= 0.88 ? Field.PARTIAL : Field.DISAGREE, similarity};
  }

  private static double[] exactOnly(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return MISSING;
    }
    return a.equals(b) ? new double[] {Field.EXACT, 1.0} : new double[] {Field.DISAGREE, 0.0};
  }

  /** Exact; partial for day and month swapped or one part (a digit typo) different. */
  private static double[] birthDate(@Nullable LocalDate a, @Nullable LocalDate b) {
    if (a == null || b == null) {
      return MISSING;
    }
    double similarity = FieldSimilarity.birthDate(a, b);
    int level = similarity >= 1.0 ? Field.EXACT : similarity > 0.0 ? Field.PARTIAL : Field.DISAGREE;
    return new double[] {level, similarity};
  }

  /** Shared words over the words of the shorter value. */
  private static double tokenOverlap(String a, String b) {
    String[] x = a.split(" ");
    String[] y = b.split(" ");
    int shared = 0;
    for (String word : x) {
      for (String other : y) {
        if (word.equals(other)) {
          shared++;
          break;
        }
      }
    }
    return (double) shared / Math.max(x.length, y.length);
  }
}
