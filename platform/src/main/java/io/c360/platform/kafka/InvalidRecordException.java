package io.c360.platform.kafka;

/**
 * A record that was read but can never be processed (a contract record without what the listener
 * needs, such as a score update without a profileId). The error handler does not retry it: the
 * record goes to the consumer's dead-letter topic. Batch listeners wrap it in a {@code
 * BatchListenerFailedException} naming the record (see {@link ContractBatch}).
 */
public class InvalidRecordException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public InvalidRecordException(String message) {
    super(message);
  }
}
