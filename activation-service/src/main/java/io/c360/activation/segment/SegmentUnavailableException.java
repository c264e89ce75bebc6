package io.c360.activation.segment;

/** Segment did not accept identify calls (network, 5xx, rejected batch, timeout). */
public class SegmentUnavailableException extends RuntimeException {

  public SegmentUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }

  public SegmentUnavailableException(String message) {
    super(message);
  }
}
