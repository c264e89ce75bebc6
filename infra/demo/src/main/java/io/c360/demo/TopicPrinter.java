package io.c360.demo;

import io.c360.common.json.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads topics from the beginning up to their end at the time of the call, without a consumer group
 * (partitions assigned, nothing committed), and turns each record into a table row.
 */
final class TopicPrinter {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String bootstrapServers;

  TopicPrinter(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** One record, reduced to what the table shows. */
  record Row(
      String topic,
      int partition,
      long offset,
      String key,
      String type,
      String event,
      String source,
      String messageId) {}

  /** Every record of {@code topics}, ordered by topic, partition and offset. */
  List<Row> read(List<String> topics) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "c360-demo-topic-printer");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    List<Row> rows = new ArrayList<>();
    try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
      List<TopicPartition> partitions = new ArrayList<>();
      for (String topic : topics) {
        consumer
            .partitionsFor(topic, TIMEOUT)
            .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
      }
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (!reached(consumer, end)) {
        if (System.nanoTime() > deadline) {
          throw new DemoFailedException(
              "could not read " + topics + " to the end within " + TIMEOUT.toSeconds() + " s");
        }
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
          if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
            rows.add(toRow(record));
          }
        }
      }
    }
    rows.sort(
        Comparator.comparing(Row::topic)
            .thenComparingInt(Row::partition)
            .thenComparingLong(Row::offset));
    return rows;
  }

  private static boolean reached(
      KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
    return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
  }

  private static Row toRow(ConsumerRecord<String, byte[]> record) {
    JsonNode value = EventJson.mapper().readTree(record.value());
    String key = record.key() == null ? "-" : record.key();
    if (value.has("reasons")) {
      // A QuarantinedRecord: say where it came from and why it was refused.
      String where =
          value.has("rowNumber")
              ? "row " + value.path("rowNumber").asLong() + " of " + text(value, "importId")
              : text(value, "origin");
      List<String> reasons =
          value.path("reasons").values().stream().map(JsonNode::asString).toList();
      return new Row(
          record.topic(),
          record.partition(),
          record.offset(),
          key,
          "rejected/" + text(value, "origin"),
          String.join("; ", reasons),
          text(value, "source"),
          where);
    }
    String event = value.has("event") ? text(value, "event") : text(value, "name");
    return new Row(
        record.topic(),
        record.partition(),
        record.offset(),
        key,
        text(value, "type"),
        event,
        text(value, "source"),
        text(value, "messageId"));
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "-" : value.asString("-");
  }

  /** Prints the rows as an aligned table, long cells shortened. */
  static void print(List<Row> rows, java.io.PrintStream out) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(List.of("TOPIC", "PART", "OFFSET", "KEY", "TYPE", "EVENT", "SOURCE", "MESSAGE ID"));
    for (Row row : rows) {
      cells.add(
          List.of(
              row.topic(),
              Integer.toString(row.partition()),
              Long.toString(row.offset()),
              shorten(row.key(), 24),
              row.type(),
              shorten(row.event(), 48),
              row.source(),
              shorten(row.messageId(), 40)));
    }
    int[] widths = new int[cells.getFirst().size()];
    for (List<String> line : cells) {
      for (int i = 0; i < widths.length; i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    for (List<String> line : cells) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < widths.length; i++) {
        text.append(String.format("%-" + widths[i] + "s", line.get(i)));
        if (i < widths.length - 1) {
          text.append("  ");
        }
      }
      out.println(text.toString().stripTrailing());
    }
  }

  private static String shorten(@Nullable String value, int max) {
    if (value == null) {
      return "-";
    }
    return value.length() <= max ? value : value.substring(0, max - 3) + "...";
  }
}
