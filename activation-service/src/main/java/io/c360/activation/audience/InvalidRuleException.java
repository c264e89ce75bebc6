package io.c360.activation.audience;

import java.util.List;

/** An audience rule with problems, each with its JSON path. */
public class InvalidRuleException extends RuntimeException {

  private final List<String> problems;

  public InvalidRuleException(List<String> problems) {
    super("invalid audience rule: " + String.join("; ", problems), null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
