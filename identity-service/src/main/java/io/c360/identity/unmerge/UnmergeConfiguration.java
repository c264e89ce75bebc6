package io.c360.identity.unmerge;

import io.c360.identity.lookup.ProfileLookup;
import io.c360.identity.pipeline.ChangePublisher;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.OfflineMatching;
import io.c360.identity.timeline.TimelineStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires {@link UnmergeService}. */
@Configuration(proxyBeanMethods = false)
class UnmergeConfiguration {

  @Bean
  UnmergeService unmergeService(
      IdentityStore store,
      TimelineStore timeline,
      ProfileLookup lookup,
      IdentityResolver resolver,
      ObjectProvider<OfflineMatching> offline,
      ChangePublisher publisher,
      Clock clock) {
    return new UnmergeService(
        store,
        timeline,
        lookup,
        resolver,
        offline.getIfAvailable(() -> OfflineMatching.NONE),
        publisher,
        clock);
  }
}
