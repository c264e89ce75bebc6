package io.c360.demo;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the demo sends and reads, and with which credentials, from the environment {@code ./c360
 * demo} sets. Secrets stay in this record and in request headers; nothing prints them ({@link
 * #toString()} masks them).
 *
 * @param writeKeys the Segment write key per source ({@code web}, {@code ios}, {@code android} from
 *     {@code C360_<SOURCE>_WRITE_KEY}; {@code demo-web} from {@code C360_WRITE_KEY})
 * @param adminToken a bearer token with role admin, accepted by every service ({@code
 *     C360_ADMIN_TOKEN})
 * @param appToken a bearer token with role app, for recommendations ({@code C360_APP_TOKEN})
 * @param kafkaBootstrapServers the Kafka bootstrap servers ({@code C360_KAFKA})
 * @param dynamodbUrl DynamoDB Local, to count profiles ({@code C360_DYNAMODB_URL})
 * @param tablePrefix the services' table prefix ({@code C360_TABLES_PREFIX}, default {@code c360-})
 * @param blobRoot the directory of the local blob store ({@code C360_BLOB_ROOT})
 * @param outboxDir where activation-service appends the outbox's JSON lines ({@code
 *     C360_OUTBOX_DIR})
 */
record DemoSettings(
    Map<String, String> writeKeys,
    String adminToken,
    String appToken,
    URI ingestUrl,
    URI identityUrl,
    URI scoringUrl,
    URI recommendationUrl,
    URI activationUrl,
    String kafkaBootstrapServers,
    URI dynamodbUrl,
    String tablePrefix,
    Path blobRoot,
    Path outboxDir) {

  /** The sources the synthetic world's browser and app events come from. */
  static final String[] WORLD_SOURCES = {"web", "ios", "android"};

  static DemoSettings fromEnvironment(Map<String, String> env) {
    Map<String, String> writeKeys = new LinkedHashMap<>();
    for (String source : WORLD_SOURCES) {
      writeKeys.put(
          source,
          required(env, "C360_" + source.toUpperCase(java.util.Locale.ROOT) + "_WRITE_KEY"));
    }
    writeKeys.put("demo-web", required(env, "C360_WRITE_KEY"));
    return new DemoSettings(
        Map.copyOf(writeKeys),
        required(env, "C360_ADMIN_TOKEN"),
        required(env, "C360_APP_TOKEN"),
        url(env, "C360_INGEST_URL", "http://localhost:8081"),
        url(env, "C360_IDENTITY_URL", "http://localhost:8082"),
        url(env, "C360_SCORING_URL", "http://localhost:8083"),
        url(env, "C360_RECOMMENDATION_URL", "http://localhost:8084"),
        url(env, "C360_ACTIVATION_URL", "http://localhost:8085"),
        env.getOrDefault("C360_KAFKA", "localhost:9092"),
        url(env, "C360_DYNAMODB_URL", "http://localhost:8000"),
        env.getOrDefault("C360_TABLES_PREFIX", "c360-"),
        Path.of(env.getOrDefault("C360_BLOB_ROOT", ".c360/data/blobs")),
        Path.of(env.getOrDefault("C360_OUTBOX_DIR", ".c360/data/outbox")));
  }

  String writeKey(String source) {
    String key = writeKeys.get(source);
    if (key == null) {
      throw new DemoFailedException("no write key for source " + source);
    }
    return key;
  }

  @Override
  public String toString() {
    return "DemoSettings[ingest=%s, identity=%s, scoring=%s, recommendation=%s, activation=%s,"
            .formatted(ingestUrl, identityUrl, scoringUrl, recommendationUrl, activationUrl)
        + " kafka=%s, blobRoot=%s, secrets masked]".formatted(kafkaBootstrapServers, blobRoot);
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

  private static URI url(Map<String, String> env, String name, String fallback) {
    String url = env.getOrDefault(name, fallback);
    return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
  }
}
