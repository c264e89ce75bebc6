package io.c360.devstack.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a running service's OpenAPI document as a user of Swagger UI or a generated client needs
 * it: a lint pass with the error rules of Redocly's recommended set that apply to generated
 * documents (info, summaries, operation ids, 2xx and 4xx answers, defined security and path
 * parameters), and a contract pass that calls every operation without credentials and checks that
 * the filter chain answers as the document says: 401 where it declares security, never 401 where it
 * declares none.
 */
public final class OpenApiContract {

  private static final Set<String> METHODS =
      Set.of("get", "put", "post", "delete", "patch", "head", "options");
  private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  private final int port;
  private final JsonNode document;

  public OpenApiContract(int port) {
    this.port = port;
    ApiClient.Response docs = new ApiClient(port).get("/v3/api-docs", null);
    if (docs.status() != 200 || docs.json() == null) {
      throw new AssertionError("GET /v3/api-docs answered " + docs.status() + ": " + docs.body());
    }
    this.document = docs.json();
  }

  public JsonNode document() {
    return document;
  }

  /**
   * Every rule broken, one line each ({@code METHOD path: what}); empty when the document is clean.
   */
  public List<String> lintErrors() {
    List<String> errors = new ArrayList<>();
    JsonNode info = document.path("info");
    for (String field : List.of("title", "version", "description")) {
      if (info.path(field).asString("").isBlank()) {
        errors.add("info." + field + " is missing");
      }
    }
    if (info.path("title").asString("").equals("OpenAPI definition")) {
      errors.add("info.title is springdoc's placeholder");
    }
    Set<String> schemes = new HashSet<>();
    document.path("components").path("securitySchemes").propertyNames().forEach(schemes::add);
    Set<String> operationIds = new HashSet<>();
    forEachOperation(
        (method, path, operation) -> {
          String where = method.toUpperCase() + " " + path + ": ";
          if (operation.path("summary").asString("").isBlank()) {
            errors.add(where + "no summary");
          }
          String id = operation.path("operationId").asString("");
          if (id.isBlank() || !operationIds.add(id)) {
            errors.add(where + "operationId missing or not unique");
          }
          List<String> codes = new ArrayList<>();
          operation.path("responses").propertyNames().forEach(codes::add);
          if (codes.stream().noneMatch(c -> c.startsWith("2"))) {
            errors.add(where + "no 2xx answer");
          }
          if (codes.stream().noneMatch(c -> c.startsWith("4"))) {
            errors.add(where + "no 4xx answer");
          }
          JsonNode security = operation.get("security");
          if (security == null) {
            errors.add(where + "security not declared");
          } else {
            security.forEach(
                requirement ->
                    requirement
                        .propertyNames()
                        .forEach(
                            scheme -> {
                              if (!schemes.contains(scheme)) {
                                errors.add(where + "security scheme " + scheme + " not defined");
                              }
                            }));
          }
          Set<String> declared = new HashSet<>();
          operation
              .path("parameters")
              .forEach(
                  p -> {
                    if ("path".equals(p.path("in").asString())) {
                      declared.add(p.path("name").asString());
                    }
                  });
          Matcher m = PATH_PARAM.matcher(path);
          while (m.find()) {
            if (!declared.contains(m.group(1))) {
              errors.add(where + "path parameter " + m.group(1) + " not defined");
            }
          }
        });
    return errors;
  }

  /**
   * Calls every operation without credentials and lists where the answer disagrees with the
   * document: a declared security that does not answer 401, or no security that does.
   */
  public List<String> securityMismatches() {
    List<String> mismatches = new ArrayList<>();
    HttpClient http = HttpClient.newHttpClient();
    forEachOperation(
        (method, path, operation) -> {
          JsonNode security = operation.path("security");
          boolean open = security.isEmpty() || containsEmptyRequirement(security);
          String concrete = PATH_PARAM.matcher(path).replaceAll("x-contract");
          int status = call(http, method, concrete);
          if (open && status == 401) {
            mismatches.add(method.toUpperCase() + " " + path + ": documented open, answered 401");
          } else if (!open && status != 401) {
            mismatches.add(
                method.toUpperCase()
                    + " "
                    + path
                    + ": documented as needing credentials, answered "
                    + status
                    + " without any");
          }
        });
    return mismatches;
  }

  private static boolean containsEmptyRequirement(JsonNode security) {
    for (JsonNode requirement : security) {
      if (requirement.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private int call(HttpClient http, String method, String path) {
    var body =
        Set.of("post", "put", "patch").contains(method)
            ? HttpRequest.BodyPublishers.ofString("{}")
            : HttpRequest.BodyPublishers.noBody();
    var request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .header("Content-Type", "application/json")
            .method(method.toUpperCase(), body)
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @FunctionalInterface
  private interface OperationVisitor {
    void visit(String method, String path, JsonNode operation);
  }

  private void forEachOperation(OperationVisitor visitor) {
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        if (METHODS.contains(operation.getKey())) {
          visitor.visit(operation.getKey(), path.getKey(), operation.getValue());
        }
      }
    }
  }
}
