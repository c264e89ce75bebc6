package io.c360.identity.fuzzy;

import java.time.LocalDate;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Similarities of single normalized fields, each in [0, 1]. Names use a keyboard-aware edit
 * distance capped by Jaro-Winkler, so a typo ({@code jhon}, {@code jpnes}) scores clearly above a
 * different name one letter away ({@code joan}); streets use Levenshtein.
 */
public final class FieldSimilarity {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  /** Neighbouring keys on a QWERTY keyboard, row by row. */
  private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private FieldSimilarity() {}

  /**
   * Two names (already normalized): 1 when equal; 0.8 for a slip (neighbouring key, swapped or
   * doubled letters), 0.7 for a dropped letter, 0.6 for one different letter, 0 when half the
   * letters differ. Jaro-Winkler caps it for names that differ early or throughout.
   */
  public static double name(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.length() == 1 || b.length() == 1) {
      return a.charAt(0) == b.charAt(0) ? 0.8 : 0.0;
    }
    if (containsToken(a, b) || containsToken(b, a)) {
      return 0.85;
    }
    double slips = keyboardDistance(a, b);
    if (slips * 2 >= Math.min(a.length(), b.length())) {
      return 0.0;
    }
    double bySlips = Math.max(0.0, 1.0 - 0.4 * slips);
    return Math.min(bySlips, ramp(JARO_WINKLER.apply(a, b), 0.6));
  }

  /** Two streets (normalized, abbreviations expanded). */
  public static double street(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    int distance = LEVENSHTEIN.apply(a, b);
    double ratio = 1.0 - (double) distance / Math.max(a.length(), b.length());
    return ramp(Math.max(ratio, keyboardSimilarity(a, b)), 0.6);
  }

  /** Two postcodes (normalized): one slip of a key or two swapped characters still count half. */
  public static double postcode(String a, String b) {
    if (a.equals(b)) {
      return 1.0;
    }
    return a.length() == b.length() && keyboardDistance(a, b) <= 1.0 ? 0.5 : 0.0;
  }

  /** Two birth dates: day and month swapped or one part mistyped still count for something. */
  public static double birthDate(LocalDate a, LocalDate b) {
    if (a.equals(b)) {
      return 1.0;
    }
    if (a.getYear() == b.getYear()
        && a.getMonthValue() == b.getDayOfMonth()
        && a.getDayOfMonth() == b.getMonthValue()) {
      return 0.7;
    }
    int same =
        (a.getYear() == b.getYear() ? 1 : 0)
            + (a.getMonthValue() == b.getMonthValue() ? 1 : 0)
            + (a.getDayOfMonth() == b.getDayOfMonth() ? 1 : 0);
    return same == 2 ? 0.4 : 0.0;
  }

  /** 0 at or below {@code floor}, rising linearly to 1 at 1. */
  private static double ramp(double similarity, double floor) {
    return Math.max(0.0, (similarity - floor) / (1.0 - floor));
  }

  private static boolean containsToken(String whole, String token) {
    return whole.indexOf(' ') >= 0 && (" " + whole + " ").contains(" " + token + " ");
  }

  /** 1 minus the keyboard-aware edit distance over the longer length. */
  public static double keyboardSimilarity(String a, String b) {
    return 1.0 - keyboardDistance(a, b) / Math.max(a.length(), b.length());
  }

  /**
   * Optimal-string-alignment distance where the slips people make cost less than a different
   * letter: a neighbouring key or two swapped letters 0.5, a doubled or dropped repeated letter
   * 0.5, any other insertion or deletion 0.75, any other substitution 1.
   */
  public static double keyboardDistance(String a, String b) {
    int n = a.length();
    int m = b.length();
    double[][] d = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i * 0.75;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j * 0.75;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        char ca = a.charAt(i - 1);
        char cb = b.charAt(j - 1);
        double substitution = ca == cb ? 0.0 : adjacent(ca, cb) ? 0.5 : 1.0;
        double deletion = i >= 2 && a.charAt(i - 2) == ca ? 0.5 : 0.75;
        double insertion = j >= 2 && b.charAt(j - 2) == cb ? 0.5 : 0.75;
        double best =
            Math.min(
                d[i - 1][j - 1] + substitution,
                Math.min(d[i - 1][j] + deletion, d[i][j - 1] + insertion));
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb && ca != cb) {
          best = Math.min(best, d[i - 2][j - 2] + 0.5);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }

  private static boolean adjacent(char a, char b) {
    for (int r = 0; r < ROWS.length; r++) {
      int i = ROWS[r].indexOf(a);
      if (i < 0) {
        continue;
      }
      if (Math.abs(ROWS[r].indexOf(b) - i) == 1 && ROWS[r].indexOf(b) >= 0) {
        return true;
      }
      for (int other = Math.max(0, r - 1); other <= Math.min(ROWS.length - 1, r + 1); other++) {
        int j = ROWS[other].indexOf(b);
        if (other != r && j >= 0 && (j == i || j == i - 1 || j == i + 1)) {
          return true;
        }
      }
      return false;
    }
    return false;
  }
}
