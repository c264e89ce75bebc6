package io.c360.identity.linkage;

import io.c360.identity.fuzzy.FuzzyCandidate;
import io.c360.identity.fuzzy.FuzzyDecision;
import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.FuzzyMatchingProperties;
import io.c360.identity.fuzzy.InMemoryFuzzyIndex;
import io.c360.identity.fuzzy.OfflinePerson;
import io.c360.identity.linkage.synthetic.DuplicateGenerator;
import io.c360.identity.linkage.synthetic.DuplicateGenerator.Labelled;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures linkage on generated duplicates as production runs it: the records arrive in batches (as
 * Kafka polls deliver an import); each batch is linked ({@link BatchLinker}) against the profiles
 * of the batches before it, and its clusters are filed under their profiles. Pairwise precision,
 * recall and F1 over the final profiles. {@code main} prints the tables of {@code
 * docs/identity-matching.md}: full records and names + postcode only, a sweep of the target
 * precision, and today's per-record scorer on the same records as the baseline.
 */
public final class LinkageEvaluation {

  /** Which fields the records keep. */
  public enum Variant {
    FULL,
    NAMES_AND_POSTCODE
  }

  /** Pairwise quality of one run. */
  public record Quality(long truePairs, long predictedPairs, long correctPairs, String method) {
    public double precision() {
      return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
      return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static final int BATCH = 2000;

  private LinkageEvaluation() {}

  public static List<Labelled> records(Variant variant, int originals, int duplicates, long seed) {
    List<Labelled> records = new DuplicateGenerator(seed).generate(originals, duplicates);
    if (variant == Variant.FULL) {
      return records;
    }
    return records.stream()
        .map(
            r ->
                new Labelled(
                    r.personId(),
                    new OfflinePerson(
                        r.person().firstName(),
                        r.person().lastName(),
                        null,
                        r.person().postcode(),
                        null)))
        .toList();
  }

  /** Batch linkage, batch by batch, as identity-service runs an import. */
  public static Quality batch(List<Labelled> records, LinkageProperties properties) {
    return batch(records, properties, 0.0);
  }

  static Quality batch(List<Labelled> records, LinkageProperties properties, double linkOffset) {
    FuzzyMatcher matcher = new FuzzyMatcher(FuzzyMatchingProperties.defaults());
    BatchLinker linker = new BatchLinker(matcher, properties, linkOffset);
    InMemoryFuzzyIndex index = new InMemoryFuzzyIndex(matcher);
    LinkageHistory history = new LinkageHistory();
    String[] profileOf = new String[records.size()];
    int created = 0;
    String method = "";
    FellegiSunterModel model = null;
    for (int from = 0; from < records.size(); from += BATCH) {
      List<Labelled> chunk = records.subList(from, Math.min(records.size(), from + BATCH));
      List<OfflinePerson> people = chunk.stream().map(Labelled::person).toList();
      LinkagePlan plan = linker.link(people, index, history);
      method = plan.method();
      model = plan.model();
      for (LinkagePlan.Cluster cluster : plan.clusters()) {
        String profile =
            cluster.target() instanceof LinkagePlan.ExistingProfile existing
                ? existing.profileId()
                : "p" + created++;
        for (int member : cluster.members()) {
          profileOf[from + member] = profile;
          index.remember(profile, people.get(member));
        }
      }
    }
    lastModel = model;
    return quality(records, profileOf, method);
  }

  /** The model of the last batch of the last {@link #batch} run, for the docs. */
  static @org.jspecify.annotations.Nullable FellegiSunterModel lastModel;

  /** Today's path: each record on its own against the index, {@link FuzzyMatcher#decide}. */
  public static Quality perRecord(List<Labelled> records) {
    FuzzyMatcher matcher = new FuzzyMatcher(FuzzyMatchingProperties.defaults());
    InMemoryFuzzyIndex index = new InMemoryFuzzyIndex(matcher);
    String[] profileOf = new String[records.size()];
    for (int i = 0; i < records.size(); i++) {
      OfflinePerson person = records.get(i).person();
      List<FuzzyCandidate> candidates = index.candidates(matcher.blockingKeys(person), 50);
      profileOf[i] =
          matcher.decide(person, candidates) instanceof FuzzyDecision.Link link
              ? link.profileId()
              : "p" + i;
      index.remember(profileOf[i], person);
    }
    return quality(records, profileOf, "per-record");
  }

  private static Quality quality(List<Labelled> records, String[] profileOf, String method) {
    Map<Integer, Long> perPerson = new HashMap<>();
    Map<String, Long> perProfile = new HashMap<>();
    Map<String, Long> perBoth = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      perPerson.merge(records.get(i).personId(), 1L, Long::sum);
      perProfile.merge(profileOf[i], 1L, Long::sum);
      perBoth.merge(profileOf[i] + "|" + records.get(i).personId(), 1L, Long::sum);
    }
    return new Quality(pairs(perPerson), pairs(perProfile), pairs(perBoth), method);
  }

  private static long pairs(Map<?, Long> groups) {
    return groups.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
  }

  static LinkageProperties withTarget(double targetPrecision) {
    LinkageProperties d = LinkageProperties.defaults();
    return new LinkageProperties(
        true,
        targetPrecision,
        d.suggestPosterior(),
        d.minPairs(),
        d.maxBlockSize(),
        d.maxClusterSize(),
        d.maxCandidates(),
        d.emIterations(),
        d.stableChange(),
        d.reestimateEvery());
  }

  /** {@code originals duplicates seed}, default 5000 5000 15. */
  public static void main(String[] args) {
    int originals = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int duplicates = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 15;
    System.out.println("| records | fields | method | precision | recall | F1 |");
    System.out.println("|---|---|---|---|---|---|");
    for (Variant variant : Variant.values()) {
      List<Labelled> records = records(variant, originals, duplicates, seed);
      print(variant, batch(records, LinkageProperties.defaults()));
      System.out.println(lastModel == null ? "fallback" : lastModel.describe());
      print(variant, perRecord(records));
    }
    List<Labelled> full = records(Variant.FULL, originals, duplicates, seed);
    System.out.println();
    System.out.println("| target precision | precision | recall | F1 |");
    System.out.println("|---|---|---|---|");
    for (double target : new double[] {0.9, 0.95, 0.99, 0.995, 0.999, 0.9999}) {
      Quality q = batch(full, withTarget(target));
      System.out.printf(
          Locale.ROOT, "| %s | %.4f | %.4f | %.4f |%n", target, q.precision(), q.recall(), q.f1());
    }
    System.out.println();
    System.out.println("| link weight | precision | recall | F1 |");
    System.out.println("|---|---|---|---|");
    for (double offset : new double[] {-6, -4, -2, -1, 0, 1, 2, 4, 6, 8}) {
      Quality q = batch(full, LinkageProperties.defaults(), offset);
      System.out.printf(
          Locale.ROOT,
          "| EM threshold %+.0f | %.4f | %.4f | %.4f |%n",
          offset,
          q.precision(),
          q.recall(),
          q.f1());
    }
  }

  private static void print(Variant variant, Quality q) {
    System.out.printf(
        Locale.ROOT,
        "| %d | %s | %s | %.4f | %.4f | %.4f |%n",
        0,
        variant,
        q.method(),
        q.precision(),
        q.recall(),
        q.f1());
  }
}
