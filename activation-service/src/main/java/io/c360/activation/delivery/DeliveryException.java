package io.c360.activation.delivery;

/**
 * A destination refused or failed a message. {@code retryable} says whether trying again later can
 * succeed (throttling, a 5xx) or not (an invalid address).
 */
public class DeliveryException extends RuntimeException {

  private final boolean retryable;

  public DeliveryException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public DeliveryException(String message, boolean retryable) {
    super(message);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
