package io.c360.activation.problem;

import io.c360.platform.problem.ApiProblemHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the activation API as an RFC 9457 problem ({@code application/problem+json}): the
 * shared handling of {@link io.c360.platform.problem.ApiProblem}, bad parameters and Spring MVC's
 * own errors.
 */
@RestControllerAdvice
class ProblemHandler extends ApiProblemHandler {}
