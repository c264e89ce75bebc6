package io.c360.scoring.scoring;

import io.c360.scoring.history.HistoryReader;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The batch-scoring thread, and near-real-time re-scoring tuned by {@code
 * c360.scoring.rescoring.*}.
 */
@Configuration(proxyBeanMethods = false)
class ScoringFeatureConfiguration {

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService scoringExecutor() {
    return Executors.newSingleThreadExecutor(
        Thread.ofPlatform().name("batch-scoring-", 0).daemon(true).factory());
  }

  @Bean
  RealtimeRescoring realtimeRescoring(
      HistoryReader histories,
      ProfileScorer scorer,
      ScoreDelivery delivery,
      Clock clock,
      RescoringProperties properties) {
    return new RealtimeRescoring(
        histories, scorer, delivery, clock, properties.debounce(), properties.maxBatch());
  }
}
