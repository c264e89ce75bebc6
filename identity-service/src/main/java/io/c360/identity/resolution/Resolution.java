package io.c360.identity.resolution;

/** What resolution made of one event. */
public sealed interface Resolution {

  /**
   * The event belongs to {@code profileId} (which may have been merged since: whoever applies the
   * event follows the merge).
   */
  record Resolved(ProfileId profileId) implements Resolution {}

  /**
   * The event is dropped: it names no usable identifier, or one of an erased profile ({@code
   * reason} says which).
   */
  record Dropped(String reason) implements Resolution {}
}
