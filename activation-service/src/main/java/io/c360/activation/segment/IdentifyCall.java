package io.c360.activation.segment;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One Segment identify call.
 *
 * @param messageId deterministic for what caused the call (a membership change, a score update, an
 *     export of one profile), so a redelivered cause sends the same id and Segment drops the repeat
 * @param profileId the C360 profile it is about (not sent to Segment)
 * @param userId the profile's userId; null when it has none
 * @param anonymousId the profile's anonymousId, sent only when there is no userId
 * @param traits the traits to set ({@code audience_<key>}, {@code <model>_score}); a null value
 *     clears a trait
 * @param timestamp when the change happened
 */
public record IdentifyCall(
    String messageId,
    String profileId,
    @Nullable String userId,
    @Nullable String anonymousId,
    Map<String, @Nullable Object> traits,
    Instant timestamp) {

  public IdentifyCall {
    Objects.requireNonNull(messageId, "messageId");
    if (userId == null && anonymousId == null) {
      throw new IllegalArgumentException("an identify call needs a userId or an anonymousId");
    }
    traits = Collections.unmodifiableMap(new LinkedHashMap<>(traits));
  }
}
