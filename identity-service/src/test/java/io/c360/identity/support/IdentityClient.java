package io.c360.identity.support;

import io.c360.devstack.test.ApiClient;

/** Calls identity-service's HTTP API as a client would. */
public final class IdentityClient extends ApiClient {

  public static final String ADMIN_TOKEN = "test-admin-token";
  public static final String APP_TOKEN = "test-app-token";
  public static final String ANALYST_TOKEN = "test-analyst-token";
  public static final String STEWARD_TOKEN = "test-steward-token";

  public IdentityClient(int port) {
    super(port);
  }
}
