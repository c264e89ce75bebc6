package io.c360.identity.resolution;

/**
 * A conditional write lost a race: another instance or thread changed the profile or claimed an
 * identifier first. The caller reloads and tries again.
 */
public class ConcurrentChangeException extends RuntimeException {

  public ConcurrentChangeException(String message, Throwable cause) {
    super(message, cause);
  }
}
