package io.c360.scoring.problem;

/** A change that lost a race with another, or contradicts the current state (409). */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }
}
