package io.c360.activation.support;

import io.c360.devstack.test.ApiClient;

/** Calls activation-service's HTTP API as a marketer's tool would. */
public final class ActivationClient extends ApiClient {

  public static final String ADMIN_TOKEN = "test-admin-token";
  public static final String MARKETER_TOKEN = "test-marketer-token";
  public static final String APP_TOKEN = "test-app-token";

  public ActivationClient(int port) {
    super(port);
  }
}
