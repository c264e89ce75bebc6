package io.c360.demo;

import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Step 6: an audience of likely churners with email consent, a win-back email campaign on it with a
 * 10 % holdout, what the outbox received for two customers, the campaign's counts and report, and a
 * lookalike export. Who counts as a likely churner depends on which models are served: the top
 * fifth by {@code churn_90d} score when it has a champion; else, when only {@code repurchase_30d}
 * is served, the fifth least likely to buy again; else a rule on recency alone (no order for {@link
 * #LAPSED_DAYS} days). The thresholds come from this run's score files.
 */
final class WinBackStep {

  static final double TOP_FRACTION = 0.2;
  static final int LAPSED_DAYS = 60;
  static final double HOLDOUT_PERCENT = 10;
  private static final Duration AUDIENCE_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration CAMPAIGN_TIMEOUT = Duration.ofMinutes(4);
  private static final Duration POLL = Duration.ofSeconds(1);

  /** The campaign's counts when it completed (activation-service's {@code progress}). */
  record Counts(
      long assigned,
      long treatment,
      long control,
      long heldOut,
      long sent,
      long failed,
      long suppressedConsent,
      long suppressedCap,
      long suppressedNoAddress) {}

  /** What the step made. */
  record WinBack(
      String audienceId,
      long audienceSize,
      @Nullable BigDecimal threshold,
      String campaignId,
      Counts counts,
      List<JsonNode> sampleMessages,
      @Nullable String lookalikeKey) {}

  /**
   * Who the audience is: the score condition (or recency rule), how to say it, and which model's
   * top decile seeds the lookalike export (none without scores).
   */
  record Basis(
      Map<String, Object> condition,
      @Nullable BigDecimal threshold,
      String description,
      @Nullable String lookalikeModel) {}

  private final Api activation;
  private final Path blobRoot;
  private final PrintStream out;

  WinBackStep(Api activation, Path blobRoot, PrintStream out) {
    this.activation = activation;
    this.blobRoot = blobRoot;
    this.out = out;
  }

  /** Runs the step on this run's score files (model to blob key). */
  WinBack run(Map<String, String> scoreFiles) {
    Basis basis = basis(scoreFiles);
    String stamp =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss"));
    Map<String, Object> rule =
        Map.of(
            "all",
            List.of(basis.condition(), Map.of("field", "consent.email", "op", "=", "value", true)));
    out.printf("      audience rule: %s and consent.email = true%n", basis.description());
    JsonNode created =
        activation.post(
            "/v1/audiences",
            Map.of(
                "key", "winback_" + stamp,
                "name", "Likely churners with email consent (demo " + stamp + ")",
                "rule", rule),
            201);
    String audienceId = created.path("id").asString();
    JsonNode audience =
        Waiting.until(
            "activation-service to compute audience " + audienceId,
            AUDIENCE_TIMEOUT,
            POLL,
            () -> {
              JsonNode a = activation.get("/v1/audiences/" + audienceId);
              return a.path("status").asString("").equals("ready")
                  ? Optional.of(a)
                  : Optional.empty();
            });
    long size = audience.path("size").asLong();
    out.printf("      audience %s: %,d members%n", audienceId, size);
    if (size == 0) {
      throw new DemoFailedException(
          "activation-service computed an empty audience " + audienceId + " for rule " + rule);
    }

    Map<String, Object> campaign = new LinkedHashMap<>();
    campaign.put("name", "Win back (demo " + stamp + ")");
    campaign.put("audienceId", audienceId);
    campaign.put("channel", "email");
    campaign.put("holdoutPercent", HOLDOUT_PERCENT);
    campaign.put("recommendations", 3);
    campaign.put(
        "template",
        Map.of(
            "subject", "We miss you, ${firstName:-friend}",
            "body", "Hi ${firstName:-there}, picked for you:\n${recommendations}"));
    String campaignId = activation.post("/v1/campaigns", campaign, 201, 200).path("id").asString();
    activation.post("/v1/campaigns/" + campaignId + "/launch", null, 202);
    out.printf(
        "      campaign %s launched (email, %.0f %% holdout, 3 recommended products per message)%n",
        campaignId, HOLDOUT_PERCENT);
    JsonNode done =
        Waiting.until(
            "activation-service to complete campaign " + campaignId,
            CAMPAIGN_TIMEOUT,
            POLL,
            () -> {
              JsonNode c = activation.get("/v1/campaigns/" + campaignId);
              return c.path("status").asString("").equals("completed")
                  ? Optional.of(c)
                  : Optional.empty();
            });
    Counts counts = counts(done.path("progress"));
    out.printf(
        "      completed: %,d members assigned, %,d treatment / %,d control; %,d emails sent, %,d"
            + " failed, %,d held out;%n      suppressed: %,d without consent, %,d by the frequency"
            + " cap, %,d without an address%n",
        counts.assigned(),
        counts.treatment(),
        counts.control(),
        counts.sent(),
        counts.failed(),
        counts.heldOut(),
        counts.suppressedConsent(),
        counts.suppressedCap(),
        counts.suppressedNoAddress());

    JsonNode outbox =
        activation.get("/v1/outbox" + Api.query(Map.of("campaignId", campaignId, "limit", 2)));
    List<JsonNode> messages = new ArrayList<>(outbox.path("messages").values());
    out.printf("      the outbox received %s, for example:%n", plural(counts.sent(), "message"));
    for (JsonNode m : messages) {
      printMessage(m);
    }
    JsonNode report = activation.get("/v1/campaigns/" + campaignId + "/report");
    out.printf(
        "      report (GET /v1/campaigns/%s/report): treatment %,d members, control %,d members;"
            + " conversions are counted for %d days from now%n",
        campaignId,
        report.path("treatment").path("members").asLong(),
        report.path("control").path("members").asLong(),
        done.path("conversionWindowDays").asInt(14));

    String key = lookalike(basis.lookalikeModel());
    return new WinBack(
        audienceId, size, basis.threshold(), campaignId, counts, List.copyOf(messages), key);
  }

  /** Who the audience is, given the models this run scored. */
  Basis basis(Map<String, String> scoreFiles) {
    String churn = scoreFiles.get("churn_90d");
    if (churn != null) {
      BigDecimal threshold = threshold(readScores(blobRoot.resolve(churn)), TOP_FRACTION);
      return new Basis(
          Map.of("field", "scores.churn_90d", "op", ">=", "value", threshold),
          threshold,
          "scores.churn_90d >= %s (the top %.0f %% of scored subscribers)"
              .formatted(threshold.toPlainString(), TOP_FRACTION * 100),
          "churn_90d");
    }
    String repurchase = scoreFiles.get("repurchase_30d");
    if (repurchase != null) {
      BigDecimal threshold =
          bottomThreshold(readScores(blobRoot.resolve(repurchase)), TOP_FRACTION);
      out.printf(
          "      churn_90d has no champion (its version did not beat its baselines), so no churn"
              + " scores are served;%n      the audience is the customers least likely to buy"
              + " again, by repurchase_30d%n");
      return new Basis(
          Map.of("field", "scores.repurchase_30d", "op", "<=", "value", threshold),
          threshold,
          "scores.repurchase_30d <= %s (the %.0f %% of scored buyers least likely to buy again)"
              .formatted(threshold.toPlainString(), TOP_FRACTION * 100),
          "repurchase_30d");
    }
    out.printf(
        "      no propensity model has a champion (no version beat its baselines), so no scores"
            + " are served;%n      the audience is a rule on recency alone%n");
    return new Basis(
        Map.of("field", "daysSinceLastOrder", "op", ">=", "value", LAPSED_DAYS),
        null,
        "daysSinceLastOrder >= %d (no score: a rule on recency alone)".formatted(LAPSED_DAYS),
        null);
  }

  /** The lookalike seed export of a model's top decile; none without a served model. */
  private @Nullable String lookalike(@Nullable String model) {
    if (model == null) {
      out.println(
          "      lookalike seed export skipped: it ranks profiles by a score, and none is"
              + " served");
      return null;
    }
    JsonNode lookalike =
        activation.post(
            "/v1/exports/lookalike", Map.of("scoreModel", model, "topFraction", 0.1), 200, 201);
    String key = lookalike.path("blobKey").asString("");
    out.printf(
        "      lookalike seed export (top %s decile, SHA-256 of emails and phones): %,d profiles,"
            + " %,d rows -> %s%n",
        model, lookalike.path("members").asLong(), lookalike.path("sent").asLong(), key);
    return key;
  }

  private void printMessage(JsonNode m) {
    out.printf(
        "        to %s (profile %s), subject \"%s\"%n",
        m.path("address").asString("?"),
        m.path("profileId").asString("?"),
        m.path("subject").asString(""));
    for (String line : m.path("body").asString("").split("\n")) {
      out.println("          | " + line);
    }
  }

  private static Counts counts(JsonNode p) {
    return new Counts(
        p.path("assigned").asLong(),
        p.path("treatment").asLong(),
        p.path("control").asLong(),
        p.path("heldOut").asLong(),
        p.path("sent").asLong(),
        p.path("failed").asLong(),
        p.path("suppressedConsent").asLong(),
        p.path("suppressedCap").asLong(),
        p.path("suppressedNoAddress").asLong());
  }

  /** The {@code score} column of a score file (CSV with a header row). */
  static List<Double> readScores(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DemoFailedException(
          "could not read the score file " + file + ": " + e.getMessage(), e);
    }
    return scores(lines);
  }

  static List<Double> scores(List<String> lines) {
    if (lines.isEmpty()) {
      return List.of();
    }
    List<String> header = List.of(lines.getFirst().split(","));
    int column = header.indexOf("score");
    if (column < 0) {
      throw new DemoFailedException("the score file has no score column: " + header);
    }
    return lines.stream()
        .skip(1)
        .filter(l -> !l.isBlank())
        .map(l -> Double.parseDouble(l.split(",", -1)[column]))
        .toList();
  }

  /**
   * The score at which the top {@code fraction} of scores starts, rounded down to two decimals so
   * the rule reads well (and keeps at least that fraction).
   */
  static BigDecimal threshold(List<Double> scores, double fraction) {
    if (scores.isEmpty()) {
      throw new DemoFailedException("the score file is empty: nobody was scored");
    }
    List<Double> sorted = scores.stream().sorted(Comparator.reverseOrder()).toList();
    int index = Math.max(0, (int) Math.ceil(fraction * sorted.size()) - 1);
    return BigDecimal.valueOf(sorted.get(index)).setScale(2, RoundingMode.FLOOR);
  }

  /**
   * The score at which the bottom {@code fraction} of scores ends, rounded up to two decimals so
   * the rule reads well (and keeps at least that fraction).
   */
  static BigDecimal bottomThreshold(List<Double> scores, double fraction) {
    if (scores.isEmpty()) {
      throw new DemoFailedException("the score file is empty: nobody was scored");
    }
    List<Double> sorted = scores.stream().sorted().toList();
    int index = Math.max(0, (int) Math.ceil(fraction * sorted.size()) - 1);
    return BigDecimal.valueOf(sorted.get(index)).setScale(2, RoundingMode.CEILING);
  }

  private static String plural(long n, String noun) {
    return "%,d %s%s".formatted(n, noun, n == 1 ? "" : "s");
  }
}
