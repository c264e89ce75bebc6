package io.c360.ingest.imports;

/** An import that cannot go on: the file is missing, unreadable, or its syntax is broken. */
class ImportFailedException extends RuntimeException {

  ImportFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
