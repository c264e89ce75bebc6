package io.c360.common.profile;

import java.time.Instant;
import java.util.List;

/**
 * A right-to-erasure record on {@code c360.erasures.v1} (key: profileId). Every service deletes
 * what it holds about the profile: scores, features, interactions, audience memberships. The
 * identifiers are given only as SHA-256 hashes of their keys ({@code type#value}), so services that
 * index by identifier can find and delete them without the record carrying personal data.
 */
public record ProfileErased(
    String profileId, List<String> identifierKeyHashes, Instant erasedAt, String requestedBy) {

  public ProfileErased {
    identifierKeyHashes = List.copyOf(identifierKeyHashes);
  }
}
