package io.c360.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the demo sends and reads, from the environment {@code ./c360 demo} sets.
 *
 * @param writeKey the Segment write key of source {@code demo-web} ({@code C360_WRITE_KEY})
 * @param adminToken a bearer token with role admin, for imports ({@code C360_ADMIN_TOKEN})
 * @param ingestUrl the base URL of ingest-service ({@code C360_INGEST_URL})
 * @param kafkaBootstrapServers the Kafka bootstrap servers ({@code C360_KAFKA})
 * @param blobRoot the directory of ingest's local blob store ({@code C360_BLOB_ROOT})
 */
record DemoSettings(
    String writeKey,
    String adminToken,
    URI ingestUrl,
    String kafkaBootstrapServers,
    Path blobRoot) {

  static DemoSettings fromEnvironment(Map<String, String> env) {
    return new DemoSettings(
        required(env, "C360_WRITE_KEY"),
        required(env, "C360_ADMIN_TOKEN"),
        URI.create(
            stripTrailingSlash(env.getOrDefault("C360_INGEST_URL", "http://localhost:8081"))),
        env.getOrDefault("C360_KAFKA", "localhost:9092"),
        Path.of(env.getOrDefault("C360_BLOB_ROOT", ".c360/data/blobs")));
  }

  private static String required(Map<String, String> env, String name) {
    String value = env.get(name);
    if (value == null || value.isBlank()) {
      throw new DemoFailedException(
          name
              + " is not set; run the demo with ./c360 demo, or first: source .c360/credentials.env");
    }
    return value;
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
