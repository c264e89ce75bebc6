package io.c360.identity.profile;

import io.c360.common.event.CustomerEvent;
import io.c360.common.profile.TraitValue;
import java.util.HashMap;
import java.util.Map;

/** PLACEHOLDER replaced by the activity branch. */
public final class ProfileTraits {
  public Map<String, TraitValue> traits = new HashMap<>();
  public Map<String, TraitValue> consent = new HashMap<>();

  public static ProfileTraits empty() {
    return new ProfileTraits();
  }

  public void apply(CustomerEvent event) {
    if (event.traits() != null) {
      event.traits().forEach((k, v) -> traits.put(k, new TraitValue(v, event.source(), event.timestamp())));
    }
  }

  public ProfileTraits copy() {
    ProfileTraits t = new ProfileTraits();
    t.traits.putAll(traits);
    t.consent.putAll(consent);
    return t;
  }

  public void mergeFrom(ProfileTraits other) {
    traits.putAll(other.traits);
  }

  public Map<String, TraitValue> traits() {
    return traits;
  }

  public Map<String, TraitValue> consent() {
    return consent;
  }
}
