package io.c360.recommendation.evaluation;

import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.recommender.Recommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import io.c360.recommendation.serving.RecommendationProperties;
import io.c360.recommendation.serving.RecommendationProperties.ContextSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Replays an interaction history with a temporal split and measures every policy per context. The
 * split {@code T} is {@code testDays} before the end; models learn from everything before {@code T}
 * and are tested on each customer's purchases in {@code [T, end)}. The blend's weight is searched
 * on a validation slice {@code [T − testDays, T)} with models trained before it, so the test window
 * never chooses anything. Contexts with the same strategy share one measurement.
 */
public final class Evaluator {

  /** Reports how far a run got: a fraction from 0 to 1 and what it is doing. */
  public interface Progress {
    void at(double fraction, String phase);
  }

  static final double[] BLEND_WEIGHTS = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};
  private static final long BOOTSTRAP_SEED = 14;

  private final RecommendationProperties properties;
  private final EmbeddedSettings settings;
  private final @Nullable Recommender personalize;

  /**
   * @param personalize the Personalize backend when configured: measured as one more policy
   */
  public Evaluator(
      RecommendationProperties properties,
      EmbeddedSettings settings,
      @Nullable Recommender personalize) {
    this.properties = properties;
    this.settings = settings;
    this.personalize = personalize;
  }

  /** A history sorted and split: what a run needs, checked before the job starts. */
  public record Split(
      List<Interaction> ascending, Instant end, Instant split, Instant validation) {}

  /**
   * Sorts the history and places the windows.
   *
   * @throws IllegalArgumentException when there is no history, or it does not start before the
   *     validation slice
   */
  public static Split split(List<Interaction> history, EvaluationRequest request) {
    if (history.isEmpty()) {
      throw new IllegalArgumentException("there is no interaction history to evaluate yet");
    }
    List<Interaction> ascending = new ArrayList<>(history);
    ascending.sort(Comparator.comparing(Interaction::at));
    Instant end = request.end() != null ? request.end() : ascending.getLast().at().plusMillis(1);
    Duration window = Duration.ofDays(request.testDays());
    Instant split = end.minus(window);
    Instant validation = split.minus(window);
    if (!ascending.getFirst().at().isBefore(validation)) {
      throw new IllegalArgumentException(
          "the history starts at "
              + ascending.getFirst().at()
              + ", not before the validation slice's start "
              + validation
              + " (end "
              + end
              + " minus twice "
              + request.testDays()
              + " days): choose fewer testDays or a later end");
    }
    return new Split(List.copyOf(ascending), end, split, validation);
  }

  public EvaluationReport evaluate(Split data, EvaluationRequest request, Progress progress) {
    List<Interaction> ascending = data.ascending();
    Instant end = data.end();
    Instant split = data.split();
    Instant validation = data.validation();
    progress.at(0.02, "training on the history before the validation slice");
    Map<String, Double> weights =
        blendWeights(Replay.at(validation, ascending, settings), ascending, validation, split);
    progress.at(0.3, "training on the history before the split");
    Replay test = Replay.at(split, ascending, settings);
    Map<String, Set<String>> truth = Replay.purchases(ascending, split, end);
    Lists lists = new Lists(properties, test);
    Map<String, ContextReport> byStrategy = new HashMap<>();
    List<ContextReport> contexts = new ArrayList<>();
    List<String> names = properties.contexts().keySet().stream().sorted().toList();
    for (int i = 0; i < names.size(); i++) {
      String context = names.get(i);
      String strategy = properties.contexts().get(context).strategy();
      progress.at(0.35 + 0.6 * i / names.size(), "measuring " + context);
      ContextReport measured =
          byStrategy.computeIfAbsent(
              strategy,
              s -> measure(lists, truth, context, s, weights.get(s), test.items.size(), request));
      contexts.add(renamed(measured, context));
    }
    return new EvaluationReport(
        end,
        split,
        end,
        validation,
        request.testDays(),
        ascending.size(),
        test.items.size(),
        contexts);
  }

  /** Per strategy, the blend weight with the best HR@10 (then NDCG@10) on the validation slice. */
  private Map<String, Double> blendWeights(
      Replay replay, List<Interaction> ascending, Instant from, Instant to) {
    Map<String, Set<String>> truth = Replay.purchases(ascending, from, to);
    Lists lists = new Lists(properties, replay);
    Map<String, Double> weights = new HashMap<>();
    for (Map.Entry<String, ContextSettings> context : properties.contexts().entrySet()) {
      weights.computeIfAbsent(
          context.getValue().strategy(),
          strategy -> {
            List<Lists.Case> cases = lists.cases(truth, strategy);
            double best = 0.5;
            double bestHit = -1;
            double bestNdcg = -1;
            for (double weight : BLEND_WEIGHTS) {
              Scoreboard board = new Scoreboard(Policy.blend(weight), cases.size());
              for (Lists.Case c : cases) {
                List<String> list =
                    lists.list(Policy.blend(weight), null, c, context.getKey(), strategy);
                board.add(list, c.bought(), c.customer().shopper().purchased(), c.fewOrders());
              }
              if (board.hitRate() > bestHit
                  || (board.hitRate() == bestHit && board.ndcg() > bestNdcg)) {
                best = weight;
                bestHit = board.hitRate();
                bestNdcg = board.ndcg();
              }
            }
            return best;
          });
    }
    return weights;
  }

  private ContextReport measure(
      Lists lists,
      Map<String, Set<String>> truth,
      String context,
      String strategy,
      double blendWeight,
      int items,
      EvaluationRequest request) {
    List<Lists.Case> cases = lists.cases(truth, strategy);
    List<Policy> policies = new ArrayList<>();
    for (String name : Policy.NAMES) {
      if (name.equals(Policy.BLEND)) {
        policies.add(Policy.blend(blendWeight));
      } else if (!name.equals(Policy.PERSONALIZE) || personalize != null) {
        policies.add(Policy.of(name));
      }
    }
    List<PolicyScore> scores = new ArrayList<>();
    for (Policy policy : policies) {
      Recommender model = policy.is(Policy.PERSONALIZE) ? personalize : null;
      if (model != null && !lists.answers(policy, model, cases, context, strategy)) {
        continue;
      }
      Scoreboard board = new Scoreboard(policy, cases.size());
      for (Lists.Case c : cases) {
        board.add(
            lists.list(policy, model, c, context, strategy),
            c.bought(),
            c.customer().shopper().purchased(),
            c.fewOrders());
      }
      scores.add(board.summary(items, request.bootstrapSamples(), BOOTSTRAP_SEED));
    }
    scores.sort(Comparator.comparingDouble(PolicyScore::hitRate).reversed());
    int few = (int) cases.stream().filter(Lists.Case::fewOrders).count();
    PolicyScore baseline = AutoChoice.bestBaseline(scores);
    return new ContextReport(
        context,
        strategy,
        RULES,
        cases.size(),
        few,
        blendWeight,
        scores,
        baseline.policy(),
        AutoChoice.choose(scores));
  }

  private static ContextReport renamed(ContextReport report, String context) {
    return new ContextReport(
        context,
        report.strategy(),
        report.rules(),
        report.testCustomers(),
        report.fewOrderCustomers(),
        report.blendWeight(),
        report.policies(),
        report.bestBaseline(),
        report.auto());
  }

  static final String RULES =
      "anchors (product page item, cart items) never shown nor counted; excluded categories left"
          + " out; exclude-purchased leaves out bought items except repeat-purchase categories;"
          + " popular items fill short lists; stock not applied (today's stock is not the stock"
          + " at the split)";
}
