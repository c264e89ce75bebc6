package io.c360.identity.profile;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.profile.TraitValue;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A profile's identify traits and consent, each the value of the most recent event (by event time)
 * that set it, with that event's source and time. The fold does not depend on the order of events:
 * a later event time wins, and of two values set at the same instant the one with the greater
 * source, then the greater value text wins.
 *
 * <p>Traits come from {@code identify} events' {@code traits} and from any event's {@code
 * context.traits} (point-of-sale rows carry the buyer's details there); keys are kept as given
 * ({@code firstName}, {@code email}, {@code address}, ...), except {@code consent}. A null value
 * sets nothing. At most {@value #MAX_TRAITS} traits are kept: past that, the least recently updated
 * goes.
 *
 * <p>Consent is kept per channel ({@code email}, {@code sms}, {@code push}) as a Boolean, from a
 * {@code consent} trait ({@code {"email": true, "sms": false}}) and from {@code Consent Updated}
 * track events ({@code properties.channel}, {@code properties.granted}); other channels and
 * non-Boolean values are ignored.
 *
 * <p>Not thread-safe: one instance belongs to one profile update at a time.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class ProfileTraits {

  static final int MAX_TRAITS = 200;
  static final Set<String> CONSENT_CHANNELS = Set.of("email", "sms", "push");
  static final String CONSENT_UPDATED = "Consent Updated";

  private static final Comparator<TraitValue> RECENCY =
      Comparator.comparing(TraitValue::updatedAt)
          .thenComparing(TraitValue::source)
          .thenComparing(v -> String.valueOf(v.value()));

  @JsonProperty("traits")
  private TreeMap<String, TraitValue> traits = new TreeMap<>();

  @JsonProperty("consent")
  private TreeMap<String, TraitValue> consent = new TreeMap<>();

  private ProfileTraits() {}

  /** The traits of a profile without events. */
  public static ProfileTraits empty() {
    return new ProfileTraits();
  }

  /** A copy, independent of this one (trait values themselves are shared, not copied). */
  public ProfileTraits copy() {
    ProfileTraits c = new ProfileTraits();
    c.traits.putAll(traits);
    c.consent.putAll(consent);
    return c;
  }

  /** The traits by key, sorted by key. */
  public Map<String, TraitValue> traits() {
    return Collections.unmodifiableMap(traits);
  }

  /** Consent by channel ({@code email}, {@code sms}, {@code push}); values are Booleans. */
  public Map<String, TraitValue> consent() {
    return Collections.unmodifiableMap(consent);
  }

  /** Folds one event into the traits. */
  public void apply(CustomerEvent event) {
    Map<String, Object> incoming = new LinkedHashMap<>();
    Map<String, Object> contextTraits =
        EventValues.object(EventValues.get(event.context(), "traits"));
    if (contextTraits != null) {
      incoming.putAll(contextTraits);
    }
    if (event.type() == EventType.IDENTIFY && event.traits() != null) {
      incoming.putAll(event.traits()); // the call's own traits over the context's
    }
    incoming.forEach(
        (key, value) -> {
          if (key.equals("consent")) {
            Map<String, Object> channels = EventValues.object(value);
            if (channels != null) {
              channels.forEach((channel, granted) -> offerConsent(channel, granted, event));
            }
          } else if (value != null) {
            offer(traits, key, new TraitValue(value, event.source(), event.timestamp()));
          }
        });
    if (event.type() == EventType.TRACK && CONSENT_UPDATED.equals(event.event())) {
      Object channel = EventValues.get(event.properties(), "channel");
      if (channel instanceof String name) {
        offerConsent(name, EventValues.get(event.properties(), "granted"), event);
      }
    }
    enforceCap();
  }

  /** Folds another profile's traits into these, as when two profiles merge. */
  public void mergeFrom(ProfileTraits other) {
    if (other == this) {
      return; // the latest values of one set of events are already these
    }
    other.traits.forEach((key, value) -> offer(traits, key, value));
    other.consent.forEach((channel, value) -> offer(consent, channel, value));
    enforceCap();
  }

  private void offerConsent(String channel, @Nullable Object granted, CustomerEvent event) {
    if (CONSENT_CHANNELS.contains(channel) && granted instanceof Boolean b) {
      offer(consent, channel, new TraitValue(b, event.source(), event.timestamp()));
    }
  }

  private static void offer(Map<String, TraitValue> values, String key, TraitValue candidate) {
    values.merge(
        key, candidate, (held, offered) -> RECENCY.compare(offered, held) > 0 ? offered : held);
  }

  private void enforceCap() {
    while (traits.size() > MAX_TRAITS) {
      // the least recently updated goes; of equal ones, the alphabetically last key
      String stalest = null;
      TraitValue stalestValue = null;
      for (Map.Entry<String, TraitValue> entry : traits.entrySet()) {
        if (stalestValue == null
            || !entry.getValue().updatedAt().isAfter(stalestValue.updatedAt())) {
          stalest = entry.getKey();
          stalestValue = entry.getValue();
        }
      }
      traits.remove(stalest);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ProfileTraits p && traits.equals(p.traits) && consent.equals(p.consent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(traits, consent);
  }

  @Override
  public String toString() {
    return "ProfileTraits[traits=" + traits.keySet() + ", consent=" + consent + "]";
  }
}
