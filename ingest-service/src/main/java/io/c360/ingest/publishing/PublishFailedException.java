package io.c360.ingest.publishing;

/** The event store did not acknowledge a write in time; nothing can be promised to the caller. */
public class PublishFailedException extends RuntimeException {

  public PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
