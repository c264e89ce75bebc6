package io.c360.console.services;

/**
 * A service answered with an error (its RFC 9457 problem detail), or could not be reached. Pages
 * show {@link #title()} and {@link #detail()}, never a stack trace.
 */
public final class ServiceProblem extends RuntimeException {

  private final Service service;
  private final int status;
  private final String title;
  private final String detail;

  ServiceProblem(Service service, int status, String title, String detail) {
    super(service.displayName() + " answered " + status + " " + title + ": " + detail);
    this.service = service;
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  public Service service() {
    return service;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String detail() {
    return detail;
  }
}
