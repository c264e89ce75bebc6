package io.c360.scoring.problem;

/** A model, version, job or profile that does not exist (404). */
public class UnknownResourceException extends RuntimeException {
  public UnknownResourceException(String message) {
    super(message);
  }
}
