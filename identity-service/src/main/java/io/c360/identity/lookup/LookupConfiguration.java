package io.c360.identity.lookup;

import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.score.ScoreProjection;
import io.c360.identity.timeline.TimelineStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires {@link ProfileLookup}. */
@Configuration(proxyBeanMethods = false)
class LookupConfiguration {

  @Bean
  ProfileLookup profileLookup(
      IdentityStore store, TimelineStore timeline, ScoreProjection scores, Clock clock) {
    return new ProfileLookup(store, timeline, scores, clock);
  }
}
