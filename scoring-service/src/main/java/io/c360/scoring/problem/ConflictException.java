package io.c360.scoring.problem;

import io.c360.platform.problem.ApiProblem;
import org.springframework.http.HttpStatus;

/** A change that lost a race with another, or contradicts the current state (409). */
public class ConflictException extends ApiProblem {
  public ConflictException(String message) {
    super(HttpStatus.CONFLICT, message);
  }
}
