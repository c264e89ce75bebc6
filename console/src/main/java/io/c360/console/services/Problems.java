package io.c360.console.services;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a service's error answer into a {@link ServiceProblem}: its problem detail when it has one.
 */
final class Problems {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Problems() {}

  static ServiceProblem fromAnswer(
      Service service, int status, @Nullable MediaType type, String body) {
    String reason =
        HttpStatus.resolve(status) == null ? "Error" : HttpStatus.resolve(status).getReasonPhrase();
    String title = reason;
    String detail = service.displayName() + " answered " + status + ".";
    if (type != null && type.getSubtype().contains("json") && !body.isBlank()) {
      try {
        JsonNode problem = JSON.readTree(body);
        title = text(problem, "title", reason);
        detail = text(problem, "detail", detail);
      } catch (JacksonException e) {
        // not JSON after all: keep the status line
      }
    }
    return new ServiceProblem(service, status, title, detail);
  }

  private static String text(JsonNode node, String field, String otherwise) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asString().isBlank()
        ? otherwise
        : value.asString();
  }
}
