package io.c360.recommendation.evaluation;

import io.c360.recommendation.interaction.InteractionHistory;
import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.recommender.Recommender;
import io.c360.recommendation.recommender.embedded.EmbeddedSettings;
import io.c360.recommendation.serving.RecommendationProperties;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The evaluator (with the Personalize backend as one more policy when it is configured), one
 * evaluation at a time on its own thread ({@link LatestEvaluationRefresh} re-reads {@code auto}'s
 * latest evaluation).
 */
@Configuration(proxyBeanMethods = false)
class EvaluationConfiguration {

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService evaluationExecutor() {
    return Executors.newSingleThreadExecutor(
        Thread.ofPlatform().daemon().name("evaluation-", 0).factory());
  }

  @Bean
  Evaluations evaluations(
      InteractionHistory history,
      RecommendationProperties properties,
      List<Recommender> recommenders,
      EvaluationStore store,
      Clock clock,
      ExecutorService evaluationExecutor) {
    Recommender personalize =
        recommenders.stream()
            .filter(r -> r.name().equals(Policy.PERSONALIZE))
            .findFirst()
            .orElse(null);
    return new Evaluations(
        history,
        new Evaluator(properties, EmbeddedSettings.defaults(), personalize),
        store,
        clock,
        evaluationExecutor);
  }
}
