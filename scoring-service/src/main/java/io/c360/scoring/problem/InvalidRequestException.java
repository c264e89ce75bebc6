package io.c360.scoring.problem;

import io.c360.platform.problem.ApiProblem;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request that cannot be carried out as given (400), with every problem found in the body's
 * {@code problems} member.
 */
public class InvalidRequestException extends ApiProblem {

  private final List<String> problems;

  public InvalidRequestException(String message, List<String> problems) {
    super(
        HttpStatus.BAD_REQUEST,
        message,
        problems.isEmpty() ? Map.of() : Map.of("problems", List.copyOf(problems)));
    this.problems = List.copyOf(problems);
  }

  public InvalidRequestException(String message) {
    this(message, List.of());
  }

  public List<String> problems() {
    return problems;
  }
}
