package io.c360.console.web;

/** An error of the console itself (a bad form, say), shown as a problem detail. */
public final class ConsoleProblem extends RuntimeException {

  private final int status;
  private final String title;
  private final String detail;

  public ConsoleProblem(int status, String title, String detail) {
    super(title + ": " + detail);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  public static ConsoleProblem badRequest(String detail) {
    return new ConsoleProblem(400, "Bad Request", detail);
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
