package io.c360.ingest.collect.web;

import io.c360.platform.problem.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A {@code /v1/batch} body read in one streaming pass: each message as a tree together with its
 * exact size in bytes (taken from the parser's offsets, so no message is written back out just to
 * measure it), and the batch's other members ({@code sentAt}, {@code context}, {@code writeKey}).
 */
record BatchBody(
    List<JsonNode> messages, List<Integer> sizes, ObjectNode envelope, boolean hasBatch) {

  static BatchBody parse(JsonMapper json, byte[] body, int maxMessages) {
    try (JsonParser parser = json.createParser(body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new ApiProblem(HttpStatus.BAD_REQUEST, "the body must be a JSON object with a batch");
      }
      ObjectNode envelope = json.createObjectNode();
      List<JsonNode> messages = null;
      List<Integer> sizes = null;
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        JsonToken value = parser.nextToken();
        if (name.equals("batch") && value == JsonToken.START_ARRAY) {
          messages = new ArrayList<>();
          sizes = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (messages.size() == maxMessages) {
              throw new ApiProblem(
                  HttpStatus.CONTENT_TOO_LARGE,
                  "batch holds more than "
                      + maxMessages
                      + " messages; the limit is "
                      + maxMessages
                      + " per batch");
            }
            long start = parser.currentTokenLocation().getByteOffset();
            JsonNode message = parser.readValueAsTree();
            long end = parser.currentLocation().getByteOffset();
            messages.add(message);
            sizes.add((int) (end - start));
          }
        } else {
          envelope.set(name, (JsonNode) parser.readValueAsTree());
        }
      }
      if (messages == null) {
        // answered once the write key is known: without one the caller first hears 401
        return new BatchBody(List.of(), List.of(), envelope, false);
      }
      return new BatchBody(messages, sizes, envelope, true);
    } catch (JacksonException e) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST, "the body is not valid JSON: " + e.getOriginalMessage());
    }
  }
}
