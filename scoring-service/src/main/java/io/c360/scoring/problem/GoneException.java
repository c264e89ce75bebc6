package io.c360.scoring.problem;

/** A profile that was erased (410). */
public class GoneException extends RuntimeException {
  public GoneException(String message) {
    super(message);
  }
}
