package io.c360.identity.resolution;

/**
 * What the identity graph holds for one identifier key: the profile it belongs to, or an erasure
 * tombstone (the identifier belonged to an erased profile and must not rebuild one for now).
 */
public record IdentityLink(String key, ProfileId profileId, boolean erased) {

  public static IdentityLink to(String key, ProfileId profileId) {
    return new IdentityLink(key, profileId, false);
  }
}
