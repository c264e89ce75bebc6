package io.c360.scoring.problem;

import java.util.List;

/** A request that cannot be carried out as given (400), with every problem found. */
public class InvalidRequestException extends RuntimeException {

  private final List<String> problems;

  public InvalidRequestException(String message, List<String> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  public InvalidRequestException(String message) {
    this(message, List.of());
  }

  public List<String> problems() {
    return problems;
  }
}
