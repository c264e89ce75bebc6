package io.c360.platform.openapi;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The service's API description in its OpenAPI document.
 *
 * @param title shown by Swagger UI; default {@code C360 <spring.application.name>}
 * @param description what the service is for, in a sentence or two
 */
@ConfigurationProperties("c360.api-docs")
public record ApiDocsProperties(@Nullable String title, @Nullable String description) {}
