package io.c360.identity.resolution;

/** Whether a profile is live, lives on in another one, or was erased. */
public enum ProfileStatus {
  ACTIVE,
  MERGED,
  ERASED
}
