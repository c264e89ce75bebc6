package io.c360.identity.erasure;

import io.c360.identity.lookup.ProfileLookup;
import io.c360.identity.pipeline.ChangePublisher;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.LinkSuggestions;
import io.c360.identity.resolution.OfflineMatching;
import io.c360.identity.score.ScoreProjection;
import io.c360.identity.timeline.TimelineStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires {@link ErasureService}. */
@Configuration(proxyBeanMethods = false)
class ErasureConfiguration {

  @Bean
  ErasureService erasureService(
      IdentityStore store,
      TimelineStore timeline,
      ProfileLookup lookup,
      IdentityResolver resolver,
      ObjectProvider<OfflineMatching> offline,
      ObjectProvider<LinkSuggestions> suggestions,
      ChangePublisher publisher,
      ScoreProjection scores,
      Clock clock) {
    return new ErasureService(
        store,
        timeline,
        lookup,
        resolver,
        offline.getIfAvailable(() -> OfflineMatching.NONE),
        suggestions.getIfAvailable(() -> LinkSuggestions.NONE),
        publisher,
        scores,
        clock);
  }
}
