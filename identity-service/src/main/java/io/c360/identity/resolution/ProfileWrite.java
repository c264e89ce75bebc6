package io.c360.identity.resolution;

import io.c360.common.profile.LinkedIdentifier;
import java.util.List;

/**
 * One profile's write of a poll: the profile as it is to be stored (one version on from the one
 * read, or new), and the identifiers it claims (which must not be claimed yet).
 */
public record ProfileWrite(StoredProfile profile, boolean isNew, List<LinkedIdentifier> newLinks) {

  public ProfileWrite {
    newLinks = List.copyOf(newLinks);
  }
}
