package io.c360.ingest.collect.web;

import io.c360.platform.openapi.C360OpenApi;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The SDK routes in the OpenAPI document: the tracking calls authenticate with the write key as
 * HTTP Basic user name (Swagger UI: the key as user name, an empty password), the settings and
 * telemetry routes need nothing, and the tracking calls can also answer 413, 415, 429 and 503.
 */
@Component
class TrackingApiDocs implements OpenApiCustomizer, Ordered {

  static final String WRITE_KEY = "writeKey";

  @Override
  public int getOrder() {
    return 0;
  }

  @Override
  public void customise(OpenAPI api) {
    api.getComponents()
        .addSecuritySchemes(
            WRITE_KEY,
            new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("basic")
                .description("The source's Segment write key as user name, an empty password"));
    api.getPaths()
        .forEach(
            (path, item) -> {
              if (!SdkRoutes.isSdkPath(path) && !isSettings(path)) {
                return;
              }
              for (Operation operation : item.readOperations()) {
                if (isSettings(path) || path.startsWith(SdkRoutes.TELEMETRY)) {
                  operation.setSecurity(List.of());
                } else {
                  operation.setSecurity(List.of(new SecurityRequirement().addList(WRITE_KEY)));
                  C360OpenApi.problem(operation, 401, "No write key, or one no source has");
                  C360OpenApi.problem(operation, 403, "A browser page on an origin not allowed");
                  C360OpenApi.problem(operation, 413, "Over 32 KB a message or 500 KB a batch");
                  C360OpenApi.problem(operation, 415, "A body that is not JSON or text");
                  C360OpenApi.problem(operation, 429, "Too many requests at once: Retry-After");
                  C360OpenApi.problem(operation, 503, "Kafka did not confirm: Retry-After");
                }
              }
            });
  }

  private static boolean isSettings(String path) {
    return path.startsWith(SdkRoutes.SETTINGS_PREFIX);
  }
}
