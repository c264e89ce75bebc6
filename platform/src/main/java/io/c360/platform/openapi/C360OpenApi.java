package io.c360.platform.openapi;

import io.c360.platform.security.SecurityProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/**
 * Makes every service's OpenAPI document usable: the service's title, version and description; the
 * bearer-token scheme (and OIDC when on) on every operation, so Swagger UI's "Authorize" works; and
 * the problem-details answers each operation can give. An operation that declares its own security
 * (ingest's write key, or none) keeps it: a service's own customizer, which runs before this one,
 * declares it.
 */
public class C360OpenApi implements OpenApiCustomizer, Ordered {

  public static final String BEARER = "bearerToken";
  public static final String OIDC = "oidc";
  public static final String PROBLEM = "Problem";

  private final ApiDocsProperties docs;
  private final SecurityProperties.Oidc oidc;
  private final Environment environment;

  C360OpenApi(ApiDocsProperties docs, SecurityProperties.Oidc oidc, Environment environment) {
    this.docs = docs;
    this.oidc = oidc;
    this.environment = environment;
  }

  @Override
  public int getOrder() {
    // last: a service's own customizer has declared the operations it secures differently
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void customise(OpenAPI api) {
    String name = environment.getProperty("spring.application.name", "service");
    String version = C360OpenApi.class.getPackage().getImplementationVersion();
    api.setInfo(
        new Info()
            .title(docs.title() != null ? docs.title() : "C360 " + name)
            .version(version != null ? version : "dev")
            .description(
                docs.description() != null
                    ? docs.description()
                    : "C360 " + name + ": see docs/api.md for the whole platform"));
    Components components = api.getComponents() != null ? api.getComponents() : new Components();
    api.setComponents(components);
    components.addSecuritySchemes(
        BEARER,
        new SecurityScheme()
            .type(SecurityScheme.Type.HTTP)
            .scheme("bearer")
            .description("A C360 API token, or in the OIDC mode a JWT of the identity provider"));
    if (oidc.enabled() && oidc.issuerUri() != null) {
      components.addSecuritySchemes(
          OIDC,
          new SecurityScheme()
              .type(SecurityScheme.Type.OPENIDCONNECT)
              .openIdConnectUrl(
                  oidc.issuerUri().replaceAll("/$", "") + "/.well-known/openid-configuration"));
    }
    components.addSchemas(PROBLEM, problemSchema());
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> item.readOperations().forEach(this::describe));
    }
  }

  private void describe(Operation operation) {
    if (operation.getSecurity() == null) {
      List<SecurityRequirement> security = new ArrayList<>();
      security.add(new SecurityRequirement().addList(BEARER));
      if (oidc.enabled() && oidc.issuerUri() != null) {
        security.add(new SecurityRequirement().addList(OIDC));
      }
      operation.setSecurity(security);
      problem(operation, 401, "No credentials, or credentials that are not valid");
      problem(operation, 403, "The credentials lack the role this operation needs");
    }
    boolean hasInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    if (hasInput) {
      problem(operation, 400, "The request is not valid; the detail says what to fix");
    }
    if (operation.getParameters() != null
        && operation.getParameters().stream().anyMatch(p -> "path".equals(p.getIn()))) {
      problem(operation, 404, "Nothing has this id");
    }
  }

  /** Adds a problem-details answer unless the operation describes that status itself. */
  public static void problem(Operation operation, int status, String description) {
    ApiResponses responses = operation.getResponses();
    if (responses == null) {
      responses = new ApiResponses();
      operation.setResponses(responses);
    }
    String code = Integer.toString(status);
    if (!responses.containsKey(code)) {
      responses.addApiResponse(
          code,
          new ApiResponse()
              .description(description)
              .content(
                  new Content()
                      .addMediaType(
                          "application/problem+json",
                          new MediaType()
                              .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }
  }

  @SuppressWarnings("rawtypes")
  private static Schema problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 problem details")
        .properties(
            Map.of(
                "type", new StringSchema().example("about:blank"),
                "title", new StringSchema().example("Bad Request"),
                "status", new IntegerSchema().example(400),
                "detail", new StringSchema().example("what was wrong, and how to fix it"),
                "instance", new StringSchema().example("/v1/...")));
  }
}
