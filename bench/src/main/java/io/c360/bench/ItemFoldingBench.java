package io.c360.bench;

import io.c360.devstack.DevStack;
import io.c360.devstack.DevStackClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What folding a projection's per-event items into one item per profile and day would save on
 * DynamoDB Local: the CPU its process spends per event (read from {@code /proc}, so Linux only) for
 * the same events written three ways, on a fresh on-disk devstack:
 *
 * <ol>
 *   <li>{@code per-event}: one small item per event, BatchWriteItem of 25 — what scoring-history
 *       and the timeline write today;
 *   <li>{@code update-per-day}: one UpdateItem per profile and day that SETs one attribute per
 *       event — idempotent and safe with concurrent writers, one request per item;
 *   <li>{@code read-merge-put}: BatchGetItem of the day items, then BatchWriteItem of the merged
 *       items — the fewest requests, but a lost update is possible when two consumers write one
 *       profile at once (a rebalance with a stalled consumer) unless the put is conditional.
 * </ol>
 *
 * CPU, not wall time, is the figure: it is what bounds the platform on two cores, and it stays
 * meaningful on a machine that is busy with other work.
 */
final class ItemFoldingBench {

  private static final String TABLE = "bench-folding";
  private static final int BATCH = 25;
  private static final int GET_BATCH = 100;

  private final DynamoDbClient dynamo;
  private final long serverPid;

  private ItemFoldingBench(DynamoDbClient dynamo, long serverPid) {
    this.dynamo = dynamo;
    this.serverPid = serverPid;
  }

  public static void main(String[] argv) throws IOException {
    Map<String, String> args = BenchArgs.parse(argv);
    int profileDays = BenchArgs.intArg(args, "profile-days", 2_000);
    int rounds = BenchArgs.intArg(args, "rounds", 3);
    List<Integer> perDay =
        List.of(args.getOrDefault("events-per-day", "1,2,5,10").split(",")).stream()
            .map(String::trim)
            .map(Integer::parseInt)
            .toList();
    Path dataDir = Files.createTempDirectory("c360-item-folding");
    try (DevStack stack =
            DevStack.startChildProcess(DevStack.Options.defaults().withDataDir(dataDir));
        DynamoDbClient dynamo = DevStackClients.dynamoDb(stack)) {
      long pid = ProcessHandle.current().children().findFirst().orElseThrow().pid();
      ItemFoldingBench bench = new ItemFoldingBench(dynamo, pid);
      bench.createTable();
      System.out.printf(
          Locale.ROOT,
          "DynamoDB Local (on disk) CPU per event, ms; %,d profile-days per run, best of %d"
              + " rounds%n%-16s %12s %16s %16s%n",
          profileDays,
          rounds,
          "events/day",
          "per-event",
          "update-per-day",
          "read-merge-put");
      int run = 0;
      for (int events : perDay) {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        for (int round = 0; round < rounds; round++) {
          String tag = "r" + run++ + "-";
          best[0] = Math.min(best[0], bench.cpuPerEvent(profileDays, events, bench.perEvent(tag)));
          best[1] =
              Math.min(best[1], bench.cpuPerEvent(profileDays, events, bench.updatePerDay(tag)));
          best[2] =
              Math.min(best[2], bench.cpuPerEvent(profileDays, events, bench.readMergePut(tag)));
        }
        System.out.printf(
            Locale.ROOT, "%-16d %12.3f %16.3f %16.3f%n", events, best[0], best[1], best[2]);
      }
    }
  }

  /** A writer of {@code events} events for profile-day {@code day}, in batches it flushes. */
  private interface Writer {
    void write(int day, int events);

    void flush();
  }

  private double cpuPerEvent(int profileDays, int events, Writer writer) {
    long before = cpuMillis();
    for (int day = 0; day < profileDays; day++) {
      writer.write(day, events);
    }
    writer.flush();
    return (double) (cpuMillis() - before) / ((long) profileDays * events);
  }

  private Writer perEvent(String tag) {
    List<WriteRequest> pending = new ArrayList<>();
    return new Writer() {
      @Override
      public void write(int day, int events) {
        for (int e = 0; e < events; e++) {
          Map<String, AttributeValue> item = new HashMap<>(event(e));
          item.put("profileId", AttributeValue.fromS(tag + day));
          item.put("entryKey", AttributeValue.fromS("e#" + eventKey(e)));
          pending.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
          if (pending.size() == BATCH) {
            flush();
          }
        }
      }

      @Override
      public void flush() {
        writeAll(pending);
      }
    };
  }

  private Writer updatePerDay(String tag) {
    return new Writer() {
      @Override
      public void write(int day, int events) {
        Map<String, String> names = new HashMap<>();
        Map<String, AttributeValue> values = new HashMap<>();
        StringBuilder set = new StringBuilder("SET ");
        for (int e = 0; e < events; e++) {
          names.put("#e" + e, eventKey(e));
          values.put(":e" + e, AttributeValue.fromM(event(e)));
          set.append(e == 0 ? "" : ", ").append("#e").append(e).append(" = :e").append(e);
        }
        dynamo.updateItem(
            r ->
                r.tableName(TABLE)
                    .key(dayKey(tag, day))
                    .updateExpression(set.toString())
                    .expressionAttributeNames(names)
                    .expressionAttributeValues(values));
      }

      @Override
      public void flush() {}
    };
  }

  private Writer readMergePut(String tag) {
    Map<Integer, Integer> days = new HashMap<>();
    return new Writer() {
      @Override
      public void write(int day, int events) {
        days.put(day, events);
        if (days.size() == GET_BATCH) {
          flush();
        }
      }

      @Override
      public void flush() {
        if (days.isEmpty()) {
          return;
        }
        List<Map<String, AttributeValue>> keys = new ArrayList<>();
        days.keySet().forEach(day -> keys.add(dayKey(tag, day)));
        Map<String, Map<String, AttributeValue>> stored = new HashMap<>();
        Map<String, KeysAndAttributes> unread =
            Map.of(TABLE, KeysAndAttributes.builder().keys(keys).build());
        while (!unread.isEmpty()) {
          Map<String, KeysAndAttributes> reading = unread;
          var read = dynamo.batchGetItem(r -> r.requestItems(reading));
          read.responses()
              .getOrDefault(TABLE, List.of())
              .forEach(item -> stored.put(item.get("profileId").s(), item));
          unread = read.unprocessedKeys();
        }
        List<WriteRequest> puts = new ArrayList<>();
        days.forEach(
            (day, events) -> {
              Map<String, AttributeValue> item =
                  new HashMap<>(stored.getOrDefault(tag + day, dayKey(tag, day)));
              for (int e = 0; e < events; e++) {
                item.put(eventKey(e), AttributeValue.fromM(event(e)));
              }
              puts.add(WriteRequest.builder().putRequest(p -> p.item(item)).build());
              if (puts.size() == BATCH) {
                writeAll(puts);
              }
            });
        writeAll(puts);
        days.clear();
      }
    };
  }

  private void writeAll(List<WriteRequest> requests) {
    Map<String, List<WriteRequest>> unprocessed = Map.of(TABLE, List.copyOf(requests));
    requests.clear();
    while (!unprocessed.isEmpty() && !unprocessed.get(TABLE).isEmpty()) {
      Map<String, List<WriteRequest>> sending = unprocessed;
      BatchWriteItemResponse response = dynamo.batchWriteItem(r -> r.requestItems(sending));
      unprocessed = response.unprocessedItems();
    }
  }

  private static Map<String, AttributeValue> dayKey(String tag, int day) {
    return Map.of(
        "profileId", AttributeValue.fromS(tag + day), "entryKey", AttributeValue.fromS("d#day"));
  }

  private static String eventKey(int e) {
    return (1_780_000_000_000L + e * 60_000L) + "#message-" + e;
  }

  /** The attributes scoring-history keeps of an event. */
  private static Map<String, AttributeValue> event(int e) {
    return Map.of(
        "name", AttributeValue.fromS(e % 3 == 2 ? "Order Completed" : "Product Viewed"),
        "source", AttributeValue.fromS("web"),
        "category", AttributeValue.fromS("running shoes"),
        "amount", AttributeValue.fromN(e % 3 == 2 ? "89.90" : "0"));
  }

  private void createTable() {
    dynamo.createTable(
        r ->
            r.tableName(TABLE)
                .billingMode(BillingMode.PAY_PER_REQUEST)
                .attributeDefinitions(
                    DynamoDbCeiling.string("profileId"), DynamoDbCeiling.string("entryKey"))
                .keySchema(
                    KeySchemaElement.builder()
                        .attributeName("profileId")
                        .keyType(KeyType.HASH)
                        .build(),
                    KeySchemaElement.builder()
                        .attributeName("entryKey")
                        .keyType(KeyType.RANGE)
                        .build()));
  }

  /** User + system CPU of the devstack process, from {@code /proc/<pid>/stat} (clock ticks). */
  private long cpuMillis() {
    try {
      String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 1000 / 100;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
