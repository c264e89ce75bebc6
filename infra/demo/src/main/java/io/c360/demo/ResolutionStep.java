package io.c360.demo;

import io.c360.common.topic.Topics;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Step 3: waits until identity-service has resolved everything on {@code c360.events.v1} (its
 * consumer group's committed offsets reach the end offsets; identity-service commits only after
 * profiles, timeline and announcements are written), then counts profiles by status in the {@code
 * profiles} table: every profile ever created is ACTIVE or MERGED (or ERASED), and each MERGED one
 * is one merge.
 */
final class ResolutionStep {

  /**
   * identity-service's consumer group: its {@code @KafkaListener} id, which Spring Kafka uses as
   * the group id.
   */
  static final String GROUP = "identity-resolution";

  private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

  /** How the drain went and the profiles it left. */
  record Resolution(long endOffset, Duration waited, long active, long merged, long erased) {
    long created() {
      return active + merged + erased;
    }
  }

  private final DemoSettings settings;
  private final PrintStream out;

  /** A bound for a world far larger than the demo's, only so the wait always ends. */
  private static final Duration MAX_WAIT = Duration.ofHours(3);

  ResolutionStep(DemoSettings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  Resolution run(Duration stalled) {
    long started = System.nanoTime();
    long end = awaitDrained(stalled);
    Duration waited = Duration.ofNanos(System.nanoTime() - started);
    Map<String, Long> byStatus = countProfiles();
    Resolution resolution =
        new Resolution(
            end,
            waited,
            byStatus.getOrDefault("ACTIVE", 0L),
            byStatus.getOrDefault("MERGED", 0L),
            byStatus.getOrDefault("ERASED", 0L));
    out.printf(
        "      identity-service has resolved all %,d events on %s%n", end, Topics.EVENTS.name());
    out.printf(
        "      profiles created: %,d; merges: %,d (an anonymous device, a store card or a support"
            + " email joined a known customer); active profiles now: %,d%n",
        resolution.created(), resolution.merged(), resolution.active());
    return resolution;
  }

  /**
   * Waits until the group's lag is zero, however long that takes while the lag keeps falling; gives
   * up when it has not fallen for {@code stalled}. Returns the total end offset.
   */
  long awaitDrained(Duration stalled) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, "c360-demo-lag");
    try (Admin admin = Admin.create(config)) {
      List<TopicPartition> partitions = partitions(admin);
      long[] last = {System.nanoTime(), -1};
      long[] fewest = {Long.MAX_VALUE, System.nanoTime()};
      String what =
          "identity-service (consumer group "
              + GROUP
              + ") to catch up with "
              + Topics.EVENTS.name();
      return Waiting.until(
          what,
          MAX_WAIT,
          Duration.ofSeconds(1),
          () -> {
            Lag lag = lag(admin, partitions);
            if (lag.behind() == 0) {
              return Optional.of(lag.end());
            }
            long now = System.nanoTime();
            if (lag.behind() < fewest[0]) {
              fewest[0] = lag.behind();
              fewest[1] = now;
            } else if (now - fewest[1] > stalled.toNanos()) {
              throw new DemoFailedException(
                  "gave up waiting for "
                      + what
                      + ": still "
                      + lag.behind()
                      + " events behind and no progress for "
                      + stalled.toSeconds()
                      + " s");
            }
            if (now - last[0] >= PROGRESS_EVERY.toNanos()) {
              String rate =
                  last[1] < 0
                      ? ""
                      : " (%,.0f events/s)"
                          .formatted((last[1] - lag.behind()) / ((now - last[0]) / 1e9));
              out.printf("      identity-service is %,d events behind%s%n", lag.behind(), rate);
              out.flush();
              last[0] = now;
              last[1] = lag.behind();
            } else if (last[1] < 0) {
              last[1] = lag.behind();
            }
            return Optional.empty();
          });
    }
  }

  private record Lag(long end, long behind) {}

  private static List<TopicPartition> partitions(Admin admin) {
    String topic = Topics.EVENTS.name();
    try {
      return admin
          .describeTopics(List.of(topic))
          .allTopicNames()
          .get(30, TimeUnit.SECONDS)
          .get(topic)
          .partitions()
          .stream()
          .map(p -> new TopicPartition(topic, p.partition()))
          .toList();
    } catch (ExecutionException | TimeoutException e) {
      throw new DemoFailedException("Kafka did not describe " + topic + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted", e);
    }
  }

  private static Lag lag(Admin admin, List<TopicPartition> partitions) {
    try {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(GROUP)
              .partitionsToOffsetAndMetadata()
              .get(30, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
      long end = 0;
      long behind = 0;
      for (TopicPartition p : partitions) {
        long e = ends.get(p).offset();
        OffsetAndMetadata c = committed.get(p);
        end += e;
        behind += Math.max(0, e - (c == null ? 0 : c.offset()));
      }
      return new Lag(end, behind);
    } catch (ExecutionException | TimeoutException e) {
      throw new DemoFailedException(
          "Kafka did not give the offsets of consumer group " + GROUP + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted", e);
    }
  }

  /** Profiles by status, from a Scan of the {@code profiles} table reading only the status. */
  Map<String, Long> countProfiles() {
    String table = settings.tablePrefix() + "profiles";
    try (DynamoDbClient dynamo =
        DynamoDbClient.builder()
            .endpointOverride(URI.create(settings.dynamodbUrl().toString()))
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
            .build()) {
      return dynamo
          .scanPaginator(
              ScanRequest.builder()
                  .tableName(table)
                  .projectionExpression("#s")
                  .expressionAttributeNames(Map.of("#s", "status"))
                  .build())
          .items()
          .stream()
          .collect(
              Collectors.groupingBy(
                  item -> item.getOrDefault("status", AttributeValue.fromS("?")).s(),
                  Collectors.counting()));
    } catch (RuntimeException e) {
      throw new DemoFailedException(
          "could not count profiles in DynamoDB table "
              + table
              + " at "
              + settings.dynamodbUrl()
              + ": "
              + e.getMessage(),
          e);
    }
  }
}
