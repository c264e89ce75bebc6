package io.c360.recommendation.support;

import io.c360.devstack.test.ApiClient;

/** Calls recommendation-service's HTTP API as an app would. */
public final class RecommendationClient extends ApiClient {

  public static final String ADMIN_TOKEN = "test-admin-token";
  public static final String APP_TOKEN = "test-app-token";
  public static final String ANALYST_TOKEN = "test-analyst-token";

  public RecommendationClient(int port) {
    super(port);
  }
}
