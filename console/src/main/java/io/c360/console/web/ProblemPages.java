package io.c360.console.web;

import io.c360.console.services.ServiceProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors as people can act on them: a service's problem detail (its title and detail) or the
 * console's own, on a page or, for an htmx request, in place of the part that failed. Never a stack
 * trace.
 */
@ControllerAdvice
@Order(0)
class ProblemPages {

  private static final Logger log = LoggerFactory.getLogger(ProblemPages.class);

  @ExceptionHandler(ServiceProblem.class)
  String serviceProblem(
      ServiceProblem problem,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    log.info("{} {}: {}", request.getMethod(), request.getRequestURI(), problem.getMessage());
    // a service's 4xx is about what was asked, so the page says it as it is; a 5xx or an
    // unreachable service makes the console's page a 502
    int status = problem.status() >= 500 ? 502 : problem.status();
    return render(
        status,
        problem.title(),
        problem.detail(),
        problem.service().displayName(),
        request,
        response,
        model);
  }

  @ExceptionHandler(ConsoleProblem.class)
  String consoleProblem(
      ConsoleProblem problem,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    return render(
        problem.status(), problem.title(), problem.detail(), "console", request, response, model);
  }

  static String render(
      int status,
      String title,
      String detail,
      String source,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    response.setStatus(status);
    // an exception handler's model misses what @ModelAttribute methods add: the layout's part
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    model.addAttribute("viewer", LayoutModel.viewerOf(authentication));
    model.addAttribute("nav", LayoutModel.navFor(authentication, request.getRequestURI()));
    model.addAttribute("status", status);
    model.addAttribute("title", title);
    model.addAttribute("detail", detail);
    model.addAttribute("source", source);
    return request.getHeader("HX-Request") != null ? "problem :: problem" : "problem";
  }
}
