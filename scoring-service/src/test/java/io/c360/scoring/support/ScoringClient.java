package io.c360.scoring.support;

import io.c360.devstack.test.ApiClient;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Calls scoring-service's HTTP API as a client would. */
public final class ScoringClient extends ApiClient {

  public static final String ADMIN_TOKEN = "test-admin-token";
  public static final String APP_TOKEN = "test-app-token";
  public static final String ANALYST_TOKEN = "test-analyst-token";

  public ScoringClient(int port) {
    super(port);
  }

  /** Polls a job until it is neither queued nor running (up to {@code timeout}). */
  public JsonNode awaitJob(String path, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      Response response = get(path, ANALYST_TOKEN);
      if (response.status() != 200) {
        throw new AssertionError(path + " answered " + response.status() + ": " + response.body());
      }
      String status = response.json().get("status").asString();
      if (!status.equals("queued") && !status.equals("running")) {
        return response.json();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(path + " still " + status + " after " + timeout);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
