package io.c360.activation.campaign;

import io.c360.activation.profile.ProfileId;
import java.time.Instant;

/** Messages sent to each customer, for frequency caps (port). */
public interface ContactLog {

  /** How many messages the profile was sent at or after {@code since}. */
  int countSince(ProfileId profile, Instant since);

  /** Forgets an erased profile's messages. */
  void forget(ProfileId profile);

  /** Records a message; recording the same messageId again changes nothing. */
  void record(ProfileId profile, Instant sentAt, String messageId, CampaignId campaign);
}
