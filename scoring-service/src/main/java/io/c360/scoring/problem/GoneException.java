package io.c360.scoring.problem;

import io.c360.platform.problem.ApiProblem;
import org.springframework.http.HttpStatus;

/** A profile that was erased (410). */
public class GoneException extends ApiProblem {
  public GoneException(String message) {
    super(HttpStatus.GONE, message);
  }
}
