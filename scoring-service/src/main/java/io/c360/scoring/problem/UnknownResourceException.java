package io.c360.scoring.problem;

import io.c360.platform.problem.ApiProblem;
import org.springframework.http.HttpStatus;

/** A model, version, job or profile that does not exist (404). */
public class UnknownResourceException extends ApiProblem {
  public UnknownResourceException(String message) {
    super(HttpStatus.NOT_FOUND, message);
  }
}
