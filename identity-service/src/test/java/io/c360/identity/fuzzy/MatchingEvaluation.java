package io.c360.identity.fuzzy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the matcher over a {@link SyntheticPeople} set as production would (records one by one:
 * blocking keys, candidates from the index, decide, then file the record under its profile) and
 * counts how right it was. Run {@link #main} to print the table in {@code
 * docs/identity-matching.md}.
 */
final class MatchingEvaluation {

  /** What happened to the records and to the pairs of records of one person. */
  record Result(
      int people,
      int records,
      int duplicates,
      long truePairs,
      long linkedTruePairs,
      long linkedFalsePairs,
      int correctLinks,
      int wrongLinks,
      int suggestedDuplicates,
      int falseSuggestions,
      int missedDuplicates) {

    /** Of the pairs put in one profile, the share that are one person. */
    double precision() {
      long linked = linkedTruePairs + linkedFalsePairs;
      return linked == 0 ? 1.0 : (double) linkedTruePairs / linked;
    }

    /** Of the pairs that are one person, the share put in one profile. */
    double recall() {
      return truePairs == 0 ? 1.0 : (double) linkedTruePairs / truePairs;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Of the records whose person already had a profile, the share that became a suggestion. */
    double suggestedShare() {
      return duplicates == 0 ? 0 : (double) suggestedDuplicates / duplicates;
    }

    String table() {
      return String.format(
          Locale.ROOT,
          """
          | people | records | duplicates | precision | recall | F1 | duplicates suggested | \
          correct links | wrong links | false suggestions | missed |
          |---|---|---|---|---|---|---|---|---|---|---|
          | %d | %d | %d | %.4f | %.4f | %.4f | %.1f%% | %d | %d | %d | %d |
          """,
          people,
          records,
          duplicates,
          precision(),
          recall(),
          f1(),
          100 * suggestedShare(),
          correctLinks,
          wrongLinks,
          falseSuggestions,
          missedDuplicates);
    }
  }

  private MatchingEvaluation() {}

  static Result run(FuzzyMatcher matcher, List<SyntheticPeople.Labelled> records) {
    FuzzyIndex index = new InMemoryFuzzyIndex(matcher);
    int maxCandidates = matcher.properties().maxCandidates();
    Map<Integer, List<String>> profilesOfPerson = new HashMap<>();
    Map<String, Integer> ownerOfProfile = new HashMap<>();
    Map<String, List<Integer>> membersOfProfile = new HashMap<>();
    int duplicates = 0;
    int correctLinks = 0;
    int wrongLinks = 0;
    int suggested = 0;
    int falseSuggestions = 0;
    int missed = 0;
    int nextProfile = 0;
    for (SyntheticPeople.Labelled record : records) {
      boolean seenBefore = profilesOfPerson.containsKey(record.personId());
      if (seenBefore) {
        duplicates++;
      }
      FuzzyDecision decision =
          matcher.decide(
              record.person(),
              index.candidates(matcher.blockingKeys(record.person()), maxCandidates));
      String profileId;
      if (decision instanceof FuzzyDecision.Link link) {
        profileId = link.profileId();
        if (ownerOfProfile.get(profileId) == record.personId()) {
          correctLinks++;
        } else {
          wrongLinks++;
        }
      } else {
        profileId = "p" + nextProfile++;
        ownerOfProfile.put(profileId, record.personId());
        if (decision instanceof FuzzyDecision.Suggest suggest) {
          boolean right =
              suggest.candidates().stream()
                  .anyMatch(c -> ownerOfProfile.get(c.profileId()) == record.personId());
          if (right) {
            suggested++;
          } else {
            falseSuggestions++;
          }
        } else if (seenBefore) {
          missed++;
        }
      }
      index.remember(profileId, record.person());
      profilesOfPerson.computeIfAbsent(record.personId(), k -> new ArrayList<>()).add(profileId);
      membersOfProfile.computeIfAbsent(profileId, k -> new ArrayList<>()).add(record.personId());
    }
    long truePairs = 0;
    for (List<String> profiles : profilesOfPerson.values()) {
      truePairs += pairs(profiles.size());
    }
    long linkedTrue = 0;
    long linkedAll = 0;
    for (List<Integer> members : membersOfProfile.values()) {
      linkedAll += pairs(members.size());
      Map<Integer, Integer> perPerson = new HashMap<>();
      members.forEach(m -> perPerson.merge(m, 1, Integer::sum));
      for (int n : perPerson.values()) {
        linkedTrue += pairs(n);
      }
    }
    return new Result(
        profilesOfPerson.size(),
        records.size(),
        duplicates,
        truePairs,
        linkedTrue,
        linkedAll - linkedTrue,
        correctLinks,
        wrongLinks,
        suggested,
        falseSuggestions,
        missed);
  }

  private static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /**
   * Prints the quality table for the default thresholds and a sweep of others. Arguments: number of
   * people (default 20000) and seed (default 360).
   */
  public static void main(String[] args) {
    int people = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 360L;
    List<SyntheticPeople.Labelled> records = SyntheticPeople.generate(seed, people, 0.4);
    FuzzyMatchingProperties defaults = FuzzyMatchingProperties.defaults();
    System.out.printf(
        Locale.ROOT,
        "Defaults: match %.2f, suggest %.2f, max candidates %d, seed %d%n%n",
        defaults.matchThreshold(),
        defaults.suggestThreshold(),
        defaults.maxCandidates(),
        seed);
    System.out.println(run(new FuzzyMatcher(defaults), records).table());
    System.out.println("| match | suggest | precision | recall | F1 | suggested | wrong links |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (int step = 0; step <= 12; step++) {
      double match = 0.84 + step * 0.01;
      double suggest = Math.min(defaults.suggestThreshold(), match - 0.05);
      Result r =
          run(
              new FuzzyMatcher(
                  new FuzzyMatchingProperties(true, match, suggest, defaults.maxCandidates())),
              records);
      System.out.printf(
          Locale.ROOT,
          "| %.3f | %.3f | %.4f | %.4f | %.4f | %.1f%% | %d |%n",
          match,
          suggest,
          r.precision(),
          r.recall(),
          r.f1(),
          100 * r.suggestedShare(),
          r.wrongLinks());
    }
  }
}
