package io.c360.activation.audience;

import io.c360.activation.profile.ProfileId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One page of an audience's members in profileId order; {@code next} continues after it. */
public record MemberPage(List<ProfileId> members, @Nullable String next) {

  public MemberPage {
    members = List.copyOf(members);
  }
}
