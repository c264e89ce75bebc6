package io.c360.recommendation.interaction.kafka;

import io.c360.recommendation.identity.ProfileResolver;
import io.c360.recommendation.interaction.CustomerActivity;
import io.c360.recommendation.interaction.HistoryBootstrap;
import io.c360.recommendation.interaction.InteractionHistory;
import io.c360.recommendation.interaction.InteractionLearner;
import io.c360.recommendation.interaction.InteractionStore;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Kafka inputs. Backends named {@code personalize} learn only from live interactions (their
 * event tracker must not get the replayed history at every restart); the others learn from all.
 * Failures are the platform's error handler's.
 */
@Configuration(proxyBeanMethods = false)
class KafkaInteractionConfiguration {

  @Bean
  InteractionListeners interactionListeners(
      CustomerActivity activity, ProfileResolver profiles, List<InteractionLearner> learners) {
    return new InteractionListeners(activity, profiles, wholeHistory(learners), liveOnly(learners));
  }

  /** The interaction projection in the service's own table. */
  @Bean
  InteractionProjectionListener interactionProjectionListener(InteractionStore store) {
    return new InteractionProjectionListener(store);
  }

  /** Live interactions for Personalize's event tracker, when Personalize is on. */
  @Bean
  @ConditionalOnProperty(name = "c360.recommendation.personalize.enabled", havingValue = "true")
  LiveInteractionsListener liveInteractionsListener(
      List<InteractionLearner> learners, Clock clock) {
    return new LiveInteractionsListener(liveOnly(learners), clock.instant(), Duration.ofHours(1));
  }

  /** Loads the stored interactions in the background once the service is up. */
  @Bean
  ApplicationListener<ApplicationReadyEvent> historyBootstrap(
      InteractionHistory history, CustomerActivity activity, List<InteractionLearner> learners) {
    HistoryBootstrap bootstrap = new HistoryBootstrap(history, activity, wholeHistory(learners));
    return event ->
        Thread.ofVirtual()
            .name("history-bootstrap")
            .start(
                () -> {
                  try {
                    bootstrap.load();
                  } catch (RuntimeException e) {
                    LoggerFactory.getLogger(HistoryBootstrap.class)
                        .warn("could not load the stored interaction history", e);
                  }
                });
  }

  private static List<InteractionLearner> liveOnly(List<InteractionLearner> learners) {
    return learners.stream().filter(r -> r.name().equals("personalize")).toList();
  }

  private static List<InteractionLearner> wholeHistory(List<InteractionLearner> learners) {
    return learners.stream().filter(r -> !r.name().equals("personalize")).toList();
  }
}
