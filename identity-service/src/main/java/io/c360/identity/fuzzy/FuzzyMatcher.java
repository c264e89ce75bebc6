package io.c360.identity.fuzzy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Matches an offline record against candidate profiles: {@link #blockingKeys} says where to look,
 * {@link #score} how alike two records are, {@link #decide} what to do about it. Stateless and
 * thread-safe. See {@code docs/identity-matching.md} for the weights and how the thresholds were
 * chosen.
 */
@Component
public final class FuzzyMatcher {

  /** How far ahead of the runner-up the best candidate must be to be linked. */
  static final double LINK_MARGIN = 0.05;

  /** At most this many suggested links per record. */
  static final int MAX_SUGGESTIONS = 5;

  static final double FIRST_NAME_WEIGHT = 0.25;
  static final double LAST_NAME_WEIGHT = 0.25;
  static final double BIRTH_DATE_WEIGHT = 0.20;
  static final double STREET_WEIGHT = 0.15;
  static final double POSTCODE_WEIGHT = 0.15;

  /** Factor on a name similarity that needed first and last name swapped. */
  static final double SWAPPED_NAMES = 0.95;

  /** How much a score shrinks per unit of field weight that could not be compared. */
  static final double MISSING_EVIDENCE_PENALTY = 0.3;

  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  private final FuzzyMatchingProperties properties;

  public FuzzyMatcher(FuzzyMatchingProperties properties) {
    this.properties = properties;
  }

  public FuzzyMatchingProperties properties() {
    return properties;
  }

  /**
   * Where to look for the same person, most selective first: {@code pc:<postcode>:<sound of a
   * name>} and {@code by:<birth year>:<sound of a name>} for both first and last name (so swapped
   * names and a typo in one name still meet), and {@code nm:<sounds of both names, sorted>} for a
   * mistyped or missing postcode without a birth date; from fuller records also {@code bd:<birth
   * date>} (both names mistyped), {@code ad:<postcode>:<street number>} (a changed name) and {@code
   * lc:<sound of locality>:<sound of last name>} (a mistyped postcode and no birth date). So any
   * one wrong or missing field still leaves a shared key. Sounds are Double Metaphone codes of the
   * normalized names, nicknames expanded.
   */
  public Set<String> blockingKeys(OfflinePerson p) {
    String number = OfflineText.plain(p.streetNumber());
    return blockingKeys(
        new BlockingFields(
            sound(OfflineText.firstName(p.firstName())),
            sound(OfflineText.name(p.lastName())),
            OfflineText.postcode(p.postcode()),
            p.birthDate(),
            number == null ? null : number.replace(" ", ""),
            sound(OfflineText.plain(p.locality()))));
  }

  /**
   * What blocking reads of a person, already normalized (so a caller that normalizes a record for
   * comparison anyway need not do it twice): the sounds of the first name (nickname expanded) and
   * of the last name, the postcode ({@link OfflineText#postcode}), the birth date, the street
   * number without spaces and the sound of the locality.
   */
  public record BlockingFields(
      @Nullable String firstSound,
      @Nullable String lastSound,
      @Nullable String postcode,
      @Nullable LocalDate birthDate,
      @Nullable String streetNumber,
      @Nullable String localitySound) {}

  /** The keys of {@link #blockingKeys(OfflinePerson)}, from fields already normalized. */
  public static Set<String> blockingKeys(BlockingFields f) {
    Set<String> sounds = new LinkedHashSet<>();
    String last = f.lastSound();
    String first = f.firstSound();
    if (last != null) {
      sounds.add(last);
    }
    if (first != null) {
      sounds.add(first);
    }
    Set<String> keys = new LinkedHashSet<>();
    if (f.postcode() != null) {
      sounds.forEach(s -> keys.add("pc:" + f.postcode() + ":" + s));
    }
    if (f.birthDate() != null) {
      sounds.forEach(s -> keys.add("by:" + f.birthDate().getYear() + ":" + s));
    }
    if (first != null && last != null) {
      keys.add("nm:" + String.join(":", new TreeSet<>(List.of(first, last))));
    }
    if (f.birthDate() != null) {
      keys.add("bd:" + f.birthDate());
    }
    if (f.streetNumber() != null && f.postcode() != null) {
      keys.add("ad:" + f.postcode() + ":" + f.streetNumber());
    }
    if (f.localitySound() != null && last != null && f.birthDate() == null) {
      keys.add("lc:" + f.localitySound() + ":" + last);
    }
    return keys;
  }

  /**
   * How likely {@code a} and {@code b} describe the same person, in [0, 1]: a weighted mean of the
   * similarities of the fields both carry (names compared as given and swapped, the better kept),
   * shrunk when few fields could be compared. 0 when no name can be compared.
   */
  public double score(OfflinePerson a, OfflinePerson b) {
    Normalized x = Normalized.of(a);
    Normalized y = Normalized.of(b);
    Evidence direct = names(x.first(), x.last(), y.first(), y.last(), 1.0);
    Evidence swapped = names(x.first(), x.last(), y.last(), y.first(), SWAPPED_NAMES);
    Evidence evidence = swapped.mean() > direct.mean() ? swapped : direct;
    if (evidence.weight() == 0.0) {
      return 0.0;
    }
    if (x.birthDate() != null && y.birthDate() != null) {
      evidence =
          evidence.plus(BIRTH_DATE_WEIGHT, FieldSimilarity.birthDate(x.birthDate(), y.birthDate()));
    }
    if (x.street() != null && y.street() != null) {
      evidence = evidence.plus(STREET_WEIGHT, FieldSimilarity.street(x.street(), y.street()));
    }
    if (x.postcode() != null && y.postcode() != null) {
      evidence =
          evidence.plus(POSTCODE_WEIGHT, FieldSimilarity.postcode(x.postcode(), y.postcode()));
    }
    double coverage = Math.min(1.0, evidence.weight());
    return evidence.mean() * (1.0 - MISSING_EVIDENCE_PENALTY * (1.0 - coverage));
  }

  /**
   * Links {@code record} to the best candidate when its score reaches the match threshold and the
   * runner-up is at least {@value #LINK_MARGIN} behind (two close candidates are never guessed
   * between); suggests the candidates from the suggest threshold up otherwise; else no match.
   * Several candidates with one profileId count once, with their best score. Always no match when
   * fuzzy matching is disabled.
   */
  public FuzzyDecision decide(OfflinePerson record, Collection<FuzzyCandidate> candidates) {
    if (!properties.enabled() || candidates.isEmpty()) {
      return new FuzzyDecision.NoMatch();
    }
    Map<String, Double> best = new LinkedHashMap<>();
    for (FuzzyCandidate candidate : candidates) {
      best.merge(candidate.profileId(), score(record, candidate.person()), Math::max);
    }
    List<ScoredCandidate> ranked = new ArrayList<>(best.size());
    best.forEach((id, score) -> ranked.add(new ScoredCandidate(id, score)));
    ranked.sort(
        Comparator.comparingDouble(ScoredCandidate::score)
            .reversed()
            .thenComparing(ScoredCandidate::profileId));
    ScoredCandidate top = ranked.getFirst();
    if (top.score() < properties.suggestThreshold()) {
      return new FuzzyDecision.NoMatch();
    }
    double runnerUp = ranked.size() > 1 ? ranked.get(1).score() : 0.0;
    if (top.score() >= properties.matchThreshold() && top.score() - runnerUp >= LINK_MARGIN) {
      return new FuzzyDecision.Link(top.profileId(), top.score());
    }
    return new FuzzyDecision.Suggest(
        ranked.stream()
            .filter(c -> c.score() >= properties.suggestThreshold())
            .limit(MAX_SUGGESTIONS)
            .toList());
  }

  private static Evidence names(
      @Nullable String first,
      @Nullable String last,
      @Nullable String otherFirst,
      @Nullable String otherLast,
      double factor) {
    Evidence evidence = Evidence.NONE;
    if (first != null && otherFirst != null) {
      evidence = evidence.plus(FIRST_NAME_WEIGHT, factor * FieldSimilarity.name(first, otherFirst));
    }
    if (last != null && otherLast != null) {
      evidence = evidence.plus(LAST_NAME_WEIGHT, factor * FieldSimilarity.name(last, otherLast));
    }
    return evidence;
  }

  public static @Nullable String sound(@Nullable String name) {
    if (name == null) {
      return null;
    }
    String compact = name.replace(" ", "");
    String code = METAPHONE.doubleMetaphone(compact);
    return code == null || code.isEmpty() ? compact : code;
  }

  /** A running weighted sum of field similarities. */
  private record Evidence(double weight, double weighted) {

    static final Evidence NONE = new Evidence(0.0, 0.0);

    Evidence plus(double fieldWeight, double similarity) {
      return new Evidence(weight + fieldWeight, weighted + fieldWeight * similarity);
    }

    double mean() {
      return weight == 0.0 ? 0.0 : weighted / weight;
    }
  }

  /** An offline person with every field normalized for comparison. */
  private record Normalized(
      @Nullable String first,
      @Nullable String last,
      @Nullable String street,
      @Nullable String postcode,
      @Nullable LocalDate birthDate) {

    static Normalized of(OfflinePerson p) {
      return new Normalized(
          OfflineText.firstName(p.firstName()),
          OfflineText.name(p.lastName()),
          OfflineText.street(p.street()),
          OfflineText.postcode(p.postcode()),
          p.birthDate());
    }
  }
}
