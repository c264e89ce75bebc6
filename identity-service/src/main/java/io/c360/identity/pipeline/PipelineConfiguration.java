package io.c360.identity.pipeline;

import io.c360.identity.linkage.ImportLinking;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.LinkSuggestions;
import io.c360.identity.resolution.OfflineMatching;
import io.c360.identity.resolution.ResolutionProperties;
import io.c360.identity.timeline.TimelineStore;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires resolution and the pipeline from their ports. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

  @Bean
  IdentityResolver identityResolver(
      IdentityStore store,
      ResolutionProperties rules,
      ObjectProvider<OfflineMatching> offline,
      ObjectProvider<LinkSuggestions> suggestions,
      Clock clock) {
    return new IdentityResolver(
        store,
        rules,
        offline.getIfAvailable(() -> OfflineMatching.NONE),
        suggestions.getIfAvailable(() -> LinkSuggestions.NONE),
        clock);
  }

  @Bean
  EventPipeline eventPipeline(
      IdentityResolver resolver,
      ObjectProvider<ImportLinking> linking,
      IdentityStore store,
      TimelineStore timeline,
      ChangePublisher publisher,
      Clock clock,
      MeterRegistry meters) {
    return new EventPipeline(
        resolver, linking.getIfAvailable(), store, timeline, publisher, clock, meters);
  }
}
