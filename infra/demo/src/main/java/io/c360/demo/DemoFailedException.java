package io.c360.demo;

/** A step of the demo did not work; the message says which and why. */
final class DemoFailedException extends RuntimeException {

  DemoFailedException(String message) {
    super(message);
  }

  DemoFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
