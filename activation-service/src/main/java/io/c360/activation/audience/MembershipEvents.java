package io.c360.activation.audience;

import io.c360.common.audience.AudienceMembershipChanged;
import java.util.List;

/** Announces profiles entering and leaving audiences (port). */
public interface MembershipEvents {

  /** Publishes the changes and returns once they are durably recorded. */
  void publish(List<AudienceMembershipChanged> changes);
}
