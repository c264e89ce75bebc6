package io.c360.scoring.scoring;

import io.c360.platform.blob.BlobStore;
import io.c360.scoring.history.HistoryReader;
import io.c360.scoring.registry.ModelRegistry;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/** Batch scoring, near-real-time re-scoring, scores that follow the history, and erasures. */
@Configuration(proxyBeanMethods = false)
class ScoringFeatureConfiguration {

  @Bean
  ProfileScorer profileScorer(ModelRegistry registry) {
    return new ProfileScorer(registry);
  }

  @Bean
  ErasedProfiles erasedProfiles(Clock clock) {
    return new ErasedProfiles(clock);
  }

  @Bean
  ScoreDelivery scoreDelivery(ScoreStore store, ScorePublisher publisher, ErasedProfiles erased) {
    return new ScoreDelivery(store, publisher, erased);
  }

  @Bean
  ScoreFiles scoreFiles(BlobStore blobs, ErasedProfiles erased) {
    return new ScoreFiles(blobs, erased);
  }

  @Bean(destroyMethod = "shutdownNow")
  ExecutorService scoringExecutor() {
    return Executors.newSingleThreadExecutor(
        Thread.ofPlatform().name("batch-scoring-", 0).daemon(true).factory());
  }

  @Bean
  BatchScoring batchScoring(
      HistoryReader histories,
      ProfileScorer scorer,
      ScoreDelivery delivery,
      ScoreFiles files,
      ExecutorService scoringExecutor,
      Clock clock) {
    return new BatchScoring(histories, scorer, delivery, files, scoringExecutor, clock);
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

  @Bean
  ErasureHandling erasureHandling(
      RealtimeRescoring rescoring,
      ScoreDelivery delivery,
      ScoreFiles files,
      ErasedProfiles erased) {
    return new ErasureHandling(rescoring, delivery, files, erased);
  }

  @Bean
  ScoresFollowHistory scoresFollowHistory(RealtimeRescoring rescoring, ScoreDelivery delivery) {
    return new ScoresFollowHistory(rescoring, delivery);
  }

  @Bean
  RescoringDrain rescoringDrain(RealtimeRescoring rescoring) {
    return new RescoringDrain(rescoring);
  }

  /** Scores due profiles a few times a second. */
  static class RescoringDrain {
    private final RealtimeRescoring rescoring;

    RescoringDrain(RealtimeRescoring rescoring) {
      this.rescoring = rescoring;
    }

    @Scheduled(fixedDelayString = "${c360.scoring.rescoring.poll:250ms}")
    void drain() {
      while (rescoring.drain() > 0) {
        // keep going while full batches are due
      }
    }
  }
}
