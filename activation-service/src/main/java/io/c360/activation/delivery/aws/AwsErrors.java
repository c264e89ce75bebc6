package io.c360.activation.delivery.aws;

import io.c360.activation.delivery.DeliveryException;
import io.c360.common.identifier.Redaction;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

/** Turns AWS SDK failures into {@link DeliveryException}s that say whether a retry can help. */
public final class AwsErrors {

  private AwsErrors() {}

  /**
   * Throttling, 5xx and failures to reach the service (timeouts, connection errors) are worth a
   * later retry; any other 4xx (an invalid address, a rejected message, a missing template) is not.
   */
  public static boolean retryable(SdkException e) {
    if (e instanceof AwsServiceException service) {
      return service.isThrottlingException()
          || service.statusCode() == 429
          || service.statusCode() >= 500;
    }
    return e instanceof SdkClientException || e.retryable();
  }

  /**
   * A delivery failure for a message, with the service's error code and a masked address (the log
   * line and the campaign's failure reason never carry the full address).
   */
  public static DeliveryException failure(
      String destination, String address, SdkException e, boolean retryable) {
    String code =
        e instanceof AwsServiceException service && service.awsErrorDetails() != null
            ? service.awsErrorDetails().errorCode()
                + ": "
                + service.awsErrorDetails().errorMessage()
            : e.getClass().getSimpleName();
    return new DeliveryException(
        destination + " refused the message to " + Redaction.mask(address) + " (" + code + ")",
        retryable,
        e);
  }
}
