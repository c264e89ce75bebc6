package io.c360.ingest.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** The test-only secrets whose hashes are in application-test.yml. */
public final class Credentials {

  public static final String WEB_WRITE_KEY = "test-web-key";
  public static final String IOS_WRITE_KEY = "test-ios-key";
  public static final String ADMIN_TOKEN = "test-admin-token";
  public static final String APP_TOKEN = "test-app-token";

  private Credentials() {}

  /** The Authorization header a Segment SDK sends for a write key. */
  public static String basic(String writeKey) {
    return "Basic "
        + Base64.getEncoder().encodeToString((writeKey + ":").getBytes(StandardCharsets.UTF_8));
  }

  public static String bearer(String token) {
    return "Bearer " + token;
  }
}
