package io.c360.recommendation.recommender.personalize;

/**
 * Personalize did not answer in time or answered with an error. The service catches it and falls
 * back to the embedded recommender.
 */
public class PersonalizeUnavailableException extends RuntimeException {

  public PersonalizeUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
