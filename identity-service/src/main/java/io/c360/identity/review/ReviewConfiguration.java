package io.c360.identity.review;

import io.c360.identity.lookup.ProfileLookup;
import io.c360.identity.pipeline.ChangePublisher;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.timeline.TimelineStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the review queue; resolution reaches it as its {@code LinkSuggestions}. */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

  @Bean
  ReviewService reviewService(
      SuggestionStore suggestions,
      IdentityStore store,
      ProfileLookup lookup,
      TimelineStore timeline,
      ChangePublisher publisher,
      ObjectProvider<IdentityResolver> resolver,
      Clock clock) {
    return new ReviewService(
        suggestions, store, lookup, timeline, publisher, resolver::getIfAvailable, clock);
  }
}
