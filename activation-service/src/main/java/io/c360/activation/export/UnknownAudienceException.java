package io.c360.activation.export;

/** An export named an audience that does not exist. */
public class UnknownAudienceException extends RuntimeException {

  public UnknownAudienceException(String audienceId) {
    super("no audience " + audienceId);
  }
}
