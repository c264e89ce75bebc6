package io.c360.identity.profile;

import io.c360.common.event.CustomerEvent;
import io.c360.common.profile.ComputedTraits;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** PLACEHOLDER replaced by the activity branch. */
public final class ProfileActivity {
  public long events;

  public static ProfileActivity empty() {
    return new ProfileActivity();
  }

  public void apply(CustomerEvent event) {
    events++;
  }

  public ProfileActivity copy() {
    ProfileActivity a = new ProfileActivity();
    a.events = events;
    return a;
  }

  public void mergeFrom(ProfileActivity other) {
    events += other.events;
  }

  public ComputedTraits computedAsOf(Instant asOf) {
    return new ComputedTraits(
        asOf, null, null, events, BigDecimal.ZERO, null, null, 0, 0, 0, 0, List.of(), List.of(),
        null, null, 0, "none", null);
  }
}
