package io.c360.scoring.problem;

import io.c360.platform.problem.ApiProblemHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every error of the scoring API as an RFC 9457 problem ({@code application/problem+json}) through
 * the shared handler: the service's own refusals ({@link UnknownResourceException}, {@link
 * GoneException}, {@link ConflictException}, {@link InvalidRequestException}) are {@link
 * io.c360.platform.problem.ApiProblem}s with their status fixed.
 */
@RestControllerAdvice
class ProblemHandler extends ApiProblemHandler {}
