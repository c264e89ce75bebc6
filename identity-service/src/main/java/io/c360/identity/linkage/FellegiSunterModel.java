package io.c360.identity.linkage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A Fellegi–Sunter model estimated by EM on the records' own comparison patterns, no labels needed.
 * Fields are independent given the class of a pair; a missing field contributes nothing. Like
 * Winkler's census matcher it fits three latent classes rather than two: pairs of one person (m),
 * pairs of two people at one address (a household: same last name and address, other first name and
 * birth date) and other pairs; a two-class fit on blocked pairs otherwise mistakes households for
 * one person, since blocking brings them together and they agree on most fields. u is the mixture
 * of the two non-match classes. The match weight is log2(m(γ) / u(γ)). Immutable.
 */
public final class FellegiSunterModel {

  private static final Field[] FIELDS = Field.values();
  private static final double FLOOR = 1e-6;
  private static final int MATCH = 0;
  private static final int CLASSES = 3;

  private final double[] share;
  private final double[][][] p;
  private final double linkWeight;
  private final double suggestWeight;
  private final int iterations;
  private double fieldsCompared;

  /**
   * Fewer fields than this compared per pair on average and three classes cannot be told apart (a
   * latent class model needs several indicators per class): the model is not {@link #usable}.
   */
  static final double MIN_FIELDS_COMPARED = 5.0;

  private FellegiSunterModel(
      double[] share, double[][][] p, double linkWeight, double suggestWeight, int iterations) {
    this.share = share;
    this.p = p;
    this.linkWeight = linkWeight;
    this.suggestWeight = suggestWeight;
    this.iterations = iterations;
  }

  /**
   * Estimates the classes by EM over the blocked candidate pairs, then sets the thresholds from the
   * expected precision: the link threshold is the lowest match weight at which the pairs at or
   * above it are expected (by the model's own posterior) to be one person at least {@code
   * targetPrecision} of the time and whose own posterior is at least one half; the suggest
   * threshold is the lowest weight whose posterior reaches {@code suggestPosterior}.
   */
  public static FellegiSunterModel estimate(
      PatternCounts counts, double targetPrecision, double suggestPosterior, int maxIterations) {
    return estimate(counts, targetPrecision, suggestPosterior, maxIterations, null);
  }

  /**
   * As {@link #estimate(PatternCounts, double, double, int)}, starting EM from {@code start} (the
   * model of the import's previous batch, estimated on most of the same patterns) instead of the
   * generic starting points, so it converges in a few iterations.
   */
  public static FellegiSunterModel estimate(
      PatternCounts counts,
      double targetPrecision,
      double suggestPosterior,
      int maxIterations,
      @Nullable FellegiSunterModel start) {
    int[] patterns = counts.patterns();
    double[] n = new double[patterns.length];
    for (int i = 0; i < patterns.length; i++) {
      n[i] = counts.count(patterns[i]);
    }
    double[] share = start == null ? new double[] {0.3, 0.2, 0.5} : start.share.clone();
    double[][][] p = start == null ? initial() : start.p;
    double[][] posterior = new double[patterns.length][CLASSES];
    int iteration = 0;
    for (; iteration < maxIterations; iteration++) {
      FellegiSunterModel current = new FellegiSunterModel(share, p, 0, 0, iteration);
      for (int i = 0; i < patterns.length; i++) {
        posterior[i] = current.classPosteriors(patterns[i]);
      }
      double[] shareNext = new double[CLASSES];
      double[][][] pNext = new double[CLASSES][FIELDS.length][Field.LEVELS];
      double total = 0;
      for (int i = 0; i < patterns.length; i++) {
        total += n[i];
        for (int k = 0; k < CLASSES; k++) {
          double weight = n[i] * posterior[i][k];
          shareNext[k] += weight;
          for (Field f : FIELDS) {
            int level = Comparison.level(patterns[i], f);
            if (level != Field.MISSING) {
              pNext[k][f.ordinal()][level] += weight;
            }
          }
        }
      }
      double change = 0;
      for (int k = 0; k < CLASSES; k++) {
        shareNext[k] = Math.max(shareNext[k] / total, FLOOR);
        normalize(pNext[k]);
        change += Math.abs(shareNext[k] - share[k]) + delta(p[k], pNext[k]);
      }
      share = shareNext;
      p = pNext;
      if (change < 1e-7) {
        break;
      }
    }
    FellegiSunterModel fitted = new FellegiSunterModel(share, p, 0, 0, iteration);
    return fitted.withThresholds(patterns, n, targetPrecision, suggestPosterior);
  }

  /** Starting points: one person agrees on everything; a household on its last name and address. */
  private static double[][][] initial() {
    double[] agree = {0.05, 0.15, 0.80};
    double[] differ = {0.80, 0.10, 0.10};
    double[] either = {0.50, 0.00, 0.50};
    double[][] match = new double[FIELDS.length][];
    double[][] household = new double[FIELDS.length][];
    double[][] other = new double[FIELDS.length][];
    for (Field f : FIELDS) {
      match[f.ordinal()] = agree.clone();
      boolean personal = f == Field.FIRST_NAME || f == Field.MIDDLE_NAME || f == Field.BIRTH_DATE;
      household[f.ordinal()] =
          f == Field.GENDER ? either.clone() : personal ? differ.clone() : agree.clone();
      other[f.ordinal()] = f == Field.GENDER ? either.clone() : differ.clone();
    }
    return new double[][][] {match, household, other};
  }

  private FellegiSunterModel withThresholds(
      int[] patterns, double[] n, double targetPrecision, double suggestPosterior) {
    double[] weights = new double[patterns.length];
    Arrays.setAll(weights, i -> weight(patterns[i]));
    Integer[] order = new Integer[patterns.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -weights[i]));
    double expectedTrue = 0;
    double pairs = 0;
    double link = Double.POSITIVE_INFINITY;
    double suggest = Double.POSITIVE_INFINITY;
    for (int i : order) {
      double posterior = posterior(patterns[i]);
      expectedTrue += n[i] * posterior;
      pairs += n[i];
      if (posterior >= 0.5 && expectedTrue / pairs >= targetPrecision) {
        link = weights[i];
      }
      if (posterior >= suggestPosterior) {
        suggest = Math.min(suggest, weights[i]);
      }
    }
    FellegiSunterModel model =
        new FellegiSunterModel(share, p, link, Math.min(suggest, link), iterations);
    double present = 0;
    for (int i = 0; i < patterns.length; i++) {
      for (Field f : FIELDS) {
        present += Comparison.level(patterns[i], f) == Field.MISSING ? 0 : n[i];
      }
    }
    model.fieldsCompared = pairs == 0 ? 0 : present / pairs;
    return model;
  }

  private static void normalize(double[][] probabilities) {
    for (double[] field : probabilities) {
      double sum = 0;
      for (int l = 0; l < field.length; l++) {
        field[l] = Math.max(field[l], FLOOR);
        sum += field[l];
      }
      for (int l = 0; l < field.length; l++) {
        field[l] /= sum;
      }
    }
  }

  private static double delta(double[][] a, double[][] b) {
    double d = 0;
    for (int f = 0; f < a.length; f++) {
      for (int l = 0; l < a[f].length; l++) {
        d += Math.abs(a[f][l] - b[f][l]);
      }
    }
    return d;
  }

  /**
   * How far this model's parameters are from {@code other}'s: the largest absolute difference of a
   * class share or of a level's probability in a class.
   */
  public double distance(FellegiSunterModel other) {
    double d = 0;
    for (int k = 0; k < CLASSES; k++) {
      d = Math.max(d, Math.abs(share[k] - other.share[k]));
      for (int f = 0; f < FIELDS.length; f++) {
        for (int l = 0; l < Field.LEVELS; l++) {
          d = Math.max(d, Math.abs(p[k][f][l] - other.p[k][f][l]));
        }
      }
    }
    return d;
  }

  /** EM iterations this model took. */
  public int iterations() {
    return iterations;
  }

  /** P(pattern | class), without the class share. */
  private double likelihood(int k, int pattern) {
    double l = 1;
    for (Field f : FIELDS) {
      int level = Comparison.level(pattern, f);
      if (level != Field.MISSING) {
        l *= p[k][f.ordinal()][level];
      }
    }
    return l;
  }

  private double[] classPosteriors(int pattern) {
    double[] joint = new double[CLASSES];
    double sum = 0;
    for (int k = 0; k < CLASSES; k++) {
      joint[k] = share[k] * likelihood(k, pattern);
      sum += joint[k];
    }
    for (int k = 0; k < CLASSES; k++) {
      joint[k] = sum == 0 ? 1.0 / CLASSES : joint[k] / sum;
    }
    return joint;
  }

  /** The match weight log2(m(γ) / u(γ)), u being the two non-match classes together. */
  public double weight(int pattern) {
    double m = likelihood(MATCH, pattern);
    double nonMatch = 0;
    double nonMatchShare = 0;
    for (int k = 1; k < CLASSES; k++) {
      nonMatch += share[k] * likelihood(k, pattern);
      nonMatchShare += share[k];
    }
    return Math.log(m / (nonMatch / nonMatchShare)) / Math.log(2);
  }

  /** The probability that a pair with this pattern is one person. */
  public double posterior(int pattern) {
    return classPosteriors(pattern)[MATCH];
  }

  /** Pairs at or above this weight are linked. */
  public double linkWeight() {
    return linkWeight;
  }

  /** Pairs from this weight up to the link weight are suggested for review. */
  public double suggestWeight() {
    return suggestWeight;
  }

  /** The share of compared pairs that are one person. */
  public double lambda() {
    return share[MATCH];
  }

  /** P(level | one person) of one field. */
  public double m(Field field, int level) {
    return p[MATCH][field.ordinal()][level];
  }

  /** P(level | two people) of one field: the two non-match classes by their shares. */
  public double u(Field field, int level) {
    double sum = 0;
    for (int k = 1; k < CLASSES; k++) {
      sum += share[k] * p[k][field.ordinal()][level];
    }
    return sum / (1 - share[MATCH]);
  }

  /**
   * Whether EM found matches and a link threshold it can trust, on pairs that compare at least
   * {@value #MIN_FIELDS_COMPARED} fields on average.
   */
  public boolean usable() {
    return share[MATCH] > 1e-4
        && share[MATCH] < 0.9
        && Double.isFinite(linkWeight)
        && fieldsCompared >= MIN_FIELDS_COMPARED;
  }

  /** Fields compared per pair on average. */
  public double fieldsCompared() {
    return fieldsCompared;
  }

  /** m and u per field (disagree / partial / exact), the class shares and thresholds. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "one person %.4f, household %.4f, other %.4f; link weight %.2f, suggest weight %.2f,"
                + " %d EM iterations%n",
            share[0],
            share[1],
            share[2],
            linkWeight,
            suggestWeight,
            iterations));
    for (Field f : FIELDS) {
      out.append(
          String.format(
              Locale.ROOT,
              "%-13s m %.3f %.3f %.3f  u %.3f %.3f %.3f%n",
              f.wireName(),
              m(f, 0),
              m(f, 1),
              m(f, 2),
              u(f, 0),
              u(f, 1),
              u(f, 2)));
    }
    return out.toString();
  }
}
