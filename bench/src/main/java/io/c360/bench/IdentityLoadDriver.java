package io.c360.bench;

import io.c360.common.event.CustomerEvent;
import io.c360.common.json.EventJson;
import io.c360.common.topic.Topics;
import io.c360.devstack.DevStack;
import io.c360.devstack.DevStackClients;
import io.c360.platform.table.TablesProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load driver for identity-service: events/s resolved and persisted end to end (Kafka in; profile,
 * timeline and topics out), the share of that time spent in DynamoDB, and, in the same run,
 * DynamoDB Local's own BatchWriteItem ceiling, since every event costs at least one stored item.
 *
 * <p>One run:
 *
 * <ol>
 *   <li>starts a fresh in-memory devstack (Kafka + DynamoDB Local in a child JVM), or connects to
 *       one ({@code --kafka}, {@code --dynamodb}) and creates the tables under a fresh prefix;
 *   <li>measures DynamoDB Local's write ceilings on a scratch table ({@link DynamoDbCeiling});
 *   <li>starts identity-service in this JVM (SpringApplication on IdentityApplication, port 0), or
 *       with {@code --service external} uses one already consuming from the stack;
 *   <li>warms it up with {@code --warmup-events} events of other customers and waits for them;
 *   <li>pauses its listener, produces {@code --events} events ({@link CustomerJourneys}) to {@code
 *       c360.events.v1} keyed by partitionKey(), resumes the listener and times until every event
 *       is on {@code c360.resolved-events.v1} ({@link OutputCounter});
 *   <li>reads the service's Micrometer meters ({@code c360.identity.store} timers, {@code
 *       c360.identity.events} counters) before and after, counts profiles and timeline items in
 *       DynamoDB, and prints a results table.
 * </ol>
 *
 * <p>The DynamoDB share is the growth of the {@code c360.identity.store} timers' total time (both
 * tables) during the measured period divided by (wall time × listener threads). The timers wrap
 * each SDK call, so this includes the HTTP round trip and DynamoDB Local's own work; profile
 * updates of one batch run in parallel on virtual threads, so the share can exceed 100 %.
 *
 * <p>Arguments (all optional): {@code --events 100000 --warmup-events 10000 --window 1000
 * --consumers 2 --ceiling-seconds 15 --ceiling-warmup-seconds 3 --ceiling-writers 4 --put-writers 8
 * --stall-seconds 120 --verify true --service in-process|external --kafka HOST:PORT --dynamodb URL
 * --table-prefix PREFIX --devstack-jvm-args "-Xmx1536m -XX:TieredStopAtLevel=4"}.
 */
public final class IdentityLoadDriver {

  private static final String APPLICATION = "io.c360.identity.IdentityApplication";
  private static final String LISTENER_ID = "identity-resolution";
  private static final String REGION = DevStackClients.REGION.id();

  private final Map<String, String> args;
  private final JsonMapper json = EventJson.mapper();

  private IdentityLoadDriver(Map<String, String> args) {
    this.args = args;
  }

  public static void main(String[] argv) throws Exception {
    System.exit(new IdentityLoadDriver(BenchArgs.parse(argv)).run());
  }

  private int intArg(String name, int fallback) {
    return BenchArgs.intArg(args, name, fallback);
  }

  private int run() throws Exception {
    int events = intArg("events", 100_000);
    int warmupEvents = intArg("warmup-events", 10_000);
    int window = intArg("window", 1000);
    int consumers = intArg("consumers", 2);
    boolean inProcess = args.getOrDefault("service", "in-process").equals("in-process");
    Duration stall = Duration.ofSeconds(intArg("stall-seconds", 120));
    String run = Long.toString(System.currentTimeMillis() / 1000, 36);

    System.out.printf(
        Locale.ROOT,
        "C360 identity load: %d cores, load average %.2f, %,d events (+%,d warm-up), %d listener"
            + " threads, run %s%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        events,
        warmupEvents,
        consumers,
        run);

    DevStack stack = null;
    String kafka = args.get("kafka");
    String endpoint = args.get("dynamodb");
    String prefix = args.getOrDefault("table-prefix", "c360-bench-" + run + "-");
    if (kafka == null || endpoint == null) {
      List<String> jvmArgs =
          List.of(
              args.getOrDefault("devstack-jvm-args", "-Xmx1536m -XX:TieredStopAtLevel=4")
                  .split("\\s+"));
      long t0 = System.nanoTime();
      stack =
          DevStack.startChildProcess(
              withStartupTimeout(
                  DevStack.Options.defaults()
                      .withTablePrefix(prefix)
                      .withJvmArgs(jvmArgs)
                      .withDataDir(dataDir(args)),
                  Duration.ofSeconds(intArg("devstack-startup-seconds", 90))));
      kafka = stack.kafkaBootstrapServers();
      endpoint = stack.dynamoDbEndpoint();
      System.out.printf(
          Locale.ROOT,
          "devstack started in %.1f s: %s (log %s)%n",
          (System.nanoTime() - t0) / 1e9,
          stack,
          stack.logFile());
    }
    System.setProperty("aws.accessKeyId", DevStackClients.LOCAL_ACCESS_KEY_ID);
    System.setProperty("aws.secretAccessKey", DevStackClients.LOCAL_SECRET_ACCESS_KEY);
    System.setProperty("aws.region", REGION);

    try {
      return measure(
          stack,
          kafka,
          endpoint,
          prefix,
          run,
          events,
          warmupEvents,
          window,
          consumers,
          inProcess,
          stall);
    } finally {
      if (stack != null) {
        stack.close();
      }
    }
  }

  private int measure(
      @Nullable DevStack stack,
      String kafka,
      String endpoint,
      String prefix,
      String run,
      int events,
      int warmupEvents,
      int window,
      int consumers,
      boolean inProcess,
      Duration stall)
      throws Exception {
    try (DynamoDbClient dynamo = DevStackClients.dynamoDb(endpoint);
        Admin admin = DevStackClients.admin(kafka)) {
      if (stack == null && inProcess) {
        provision(admin);
      }

      // 1. DynamoDB Local's own ceilings, before anything else uses it.
      DynamoDbCeiling ceiling = new DynamoDbCeiling(dynamo, prefix + "bench-ceiling", 1024);
      ceiling.createTable();
      Duration ceilingWarmup = Duration.ofSeconds(intArg("ceiling-warmup-seconds", 3));
      Duration ceilingMeasure = Duration.ofSeconds(intArg("ceiling-seconds", 15));
      DynamoDbCeiling.Ceiling batch =
          ceiling.batchWrites(intArg("ceiling-writers", 4), ceilingWarmup, ceilingMeasure);
      print(batch);
      DynamoDbCeiling.Ceiling puts =
          ceiling.conditionalPuts(intArg("put-writers", 8), ceilingWarmup, ceilingMeasure);
      print(puts);
      DynamoDbCeiling.Ceiling transactions =
          ceiling.conditionalTransactions(
              intArg("put-writers", 8) / 2,
              intArg("transaction-size", 25),
              ceilingWarmup,
              ceilingMeasure);
      print(transactions);
      ceiling.deleteTable();
      if (Boolean.parseBoolean(args.getOrDefault("ceiling-only", "false"))) {
        return 0;
      }

      // 2. The service.
      Service service =
          inProcess ? startInProcess(kafka, endpoint, prefix, consumers, admin) : null;
      try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
        // 3. Warm-up: other customers, same mix.
        if (warmupEvents > 0) {
          try (OutputCounter counter = new OutputCounter(kafka)) {
            long t0 = System.nanoTime();
            long bytes =
                produce(
                    producer, new CustomerJourneys(run + "w", 7, start()), warmupEvents, window);
            OutputCounter.Counts c = counter.await(warmupEvents, stall, "warm-up");
            System.out.printf(
                Locale.ROOT,
                "warm-up: %,d events (%,d bytes avg) resolved in %.1f s%n",
                c.distinctResolved(),
                bytes / warmupEvents,
                (System.nanoTime() - t0) / 1e9);
          }
        }

        // 4. The measured run: a backlog of events, then the listener resumes.
        try (OutputCounter counter = new OutputCounter(kafka)) {
          if (service != null) {
            service.pause();
          }
          long produceStart = System.nanoTime();
          long bytes = produce(producer, new CustomerJourneys(run, 42, start()), events, window);
          double produceSeconds = (System.nanoTime() - produceStart) / 1e9;
          System.out.printf(
              Locale.ROOT,
              "produced %,d events (%,d bytes avg) in %.1f s%s%n",
              events,
              bytes / events,
              produceSeconds,
              service != null ? " while the listener was paused" : "");
          Meters before = service != null ? service.meters() : Meters.NONE;
          Map<String, Long> requestsBefore = DynamoDbRequestCounter.snapshot();
          Cpu cpuBefore = Cpu.now();
          List<Thread> listeners = ListenerThreads.seen();
          ListenerSampler sampler =
              service != null && !listeners.isEmpty() ? new ListenerSampler(listeners, 5) : null;
          long t0 = service != null ? System.nanoTime() : produceStart;
          if (service != null) {
            service.resume();
          }
          OutputCounter.Counts c = counter.await(events, stall, "measured");
          Map<ListenerSampler.Activity, Long> samples = Map.of();
          if (sampler != null) {
            sampler.close();
            samples = sampler.counts();
          }
          Thread.sleep(500); // let profile and merge records that trail the last event arrive
          Cpu cpuAfter = Cpu.now();
          Meters after = service != null ? service.meters() : Meters.NONE;
          Map<String, Long> requestsAfter = DynamoDbRequestCounter.snapshot();
          OutputCounter.Counts tail = counter.counts();
          long end = c.lastNewAtNanos();
          if (service == null) {
            t0 = c.firstAtNanos();
          }
          double wall = (end - t0) / 1e9;
          Result result =
              new Result(
                  c.distinctResolved(),
                  wall,
                  c.distinctResolved() / wall,
                  (c.firstAtNanos() - t0) / 1e9,
                  after.minus(before),
                  tail.profileRecords(),
                  tail.mergeRecords(),
                  tail.resolvedRecords() - c.distinctResolved(),
                  cpuAfter.minus(cpuBefore),
                  listeners.size(),
                  samples);
          Counts stored =
              Boolean.parseBoolean(args.getOrDefault("verify", "true"))
                  ? count(dynamo, prefix)
                  : null;
          report(events, consumers, batch, puts, result, stored, inProcess);
          if (inProcess) {
            reportRequests(requestsBefore, requestsAfter, prefix, c.distinctResolved());
          }
          return c.distinctResolved() >= events ? 0 : 1;
        }
      } finally {
        if (service != null) {
          service.close();
        }
      }
    }
  }

  /**
   * {@code --data-dir DIR}: keep Kafka's log and DynamoDB Local's SQLite file there, as {@code
   * ./c360 up} does, instead of in memory (DynamoDB Local then commits every request to disk).
   */
  private static @Nullable Path dataDir(Map<String, String> args) {
    String dir = args.get("data-dir");
    return dir == null ? null : Path.of(dir);
  }

  /** The options with another startup timeout (a loaded machine starts the stack slowly). */
  private static DevStack.Options withStartupTimeout(DevStack.Options o, Duration timeout) {
    return new DevStack.Options(
        o.kafkaPort(),
        o.dynamoDbPort(),
        o.controllerPort(),
        o.tablePrefix(),
        o.dataDir(),
        timeout,
        o.logFile(),
        o.jvmArgs());
  }

  private static Instant start() {
    return Instant.now().minus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS);
  }

  // ---- the service ----

  /** identity-service running in this JVM. */
  private record Service(ConfigurableApplicationContext context, int consumers)
      implements AutoCloseable {

    MessageListenerContainer container() {
      MessageListenerContainer container =
          context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainer(LISTENER_ID);
      if (container == null) {
        throw new IllegalStateException("identity-service has no listener " + LISTENER_ID);
      }
      return container;
    }

    void pause() throws InterruptedException {
      MessageListenerContainer container = container();
      container.pause();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!container.isContainerPaused()) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the listener did not pause within 120 s");
        }
        Thread.sleep(20);
      }
    }

    void resume() {
      container().resume();
    }

    Meters meters() {
      MeterRegistry registry = context.getBean(MeterRegistry.class);
      Map<String, Double> storeNanos = new HashMap<>();
      Map<String, Long> storeCalls = new HashMap<>();
      for (Timer timer : registry.find("c360.identity.store").timers()) {
        String table = timer.getId().getTag("table");
        storeNanos.merge(table, timer.totalTime(TimeUnit.NANOSECONDS), Double::sum);
        storeCalls.merge(table, timer.count(), Long::sum);
      }
      Map<String, Double> outcomes = new HashMap<>();
      for (Counter counter : registry.find("c360.identity.events").counters()) {
        outcomes.put(counter.getId().getTag("outcome"), counter.count());
      }
      return new Meters(storeNanos, storeCalls, outcomes);
    }

    @Override
    public void close() {
      context.close();
    }
  }

  private Service startInProcess(
      String kafka, String endpoint, String prefix, int consumers, Admin admin) throws Exception {
    Class<?> application;
    try {
      application = Class.forName(APPLICATION);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(
          APPLICATION
              + " is not on the classpath: put identity-service/target/classes on it (see"
              + " bench/identity-load.sh), or use --service external",
          e);
    }
    String group = "identity-bench-" + prefix;
    skipToEnd(admin, group);
    long t0 = System.nanoTime();
    SpringApplication spring = new SpringApplication(application);
    ConfigurableApplicationContext context =
        spring.run(
            "--spring.main.banner-mode=off",
            "--server.port=0",
            "--spring.kafka.bootstrap-servers=" + kafka,
            "--spring.kafka.consumer.group-id=" + group,
            "--c360.aws.dynamodb.endpoint=" + endpoint,
            "--c360.aws.region=" + REGION,
            "--" + TablesProperties.PREFIX_PROPERTY + "=" + prefix,
            "--c360.identity.pipeline.concurrency=" + consumers,
            "--spring.kafka.consumer.properties.interceptor.classes="
                + ListenerThreads.class.getName(),
            "--logging.level.io.c360=WARN");
    System.out.printf(
        Locale.ROOT,
        "identity-service started in-process in %.1f s%n",
        (System.nanoTime() - t0) / 1e9);
    return new Service(context, consumers);
  }

  /**
   * Commits the bench's consumer group at the end of {@code c360.events.v1}, so a service started
   * against a stack that has older events starts with this run's.
   */
  private static void skipToEnd(Admin admin, String group) throws Exception {
    String topic = Topics.EVENTS.name();
    var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    description
        .partitions()
        .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    admin
        .listOffsets(request)
        .all()
        .get()
        .forEach((tp, info) -> offsets.put(tp, new OffsetAndMetadata(info.offset())));
    admin.alterConsumerGroupOffsets(group, offsets).all().get();
  }

  /**
   * Creates the catalog's topics (if missing) on a given stack; identity-service creates its tables
   * (under {@code c360.tables.prefix}) when it starts.
   */
  private static void provision(Admin admin) throws Exception {
    var existing = admin.listTopics().names().get();
    List<NewTopic> missing = new ArrayList<>();
    for (var topic : Topics.ALL) {
      if (!existing.contains(topic.name())) {
        missing.add(new NewTopic(topic.name(), topic.partitions(), (short) 1));
      }
    }
    if (!missing.isEmpty()) {
      admin.createTopics(missing).all().get();
    }
  }

  // ---- producing ----

  private static KafkaProducer<String, byte[]> producer(String kafka) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
    return new KafkaProducer<>(p);
  }

  /** Produces the journeys' events keyed as ingest keys them; returns the bytes sent. */
  private long produce(
      KafkaProducer<String, byte[]> producer, CustomerJourneys journeys, int events, int window) {
    AtomicLong bytes = new AtomicLong();
    journeys.emit(
        events,
        window,
        e -> {
          CustomerEvent event = journeys.stamped(e);
          byte[] value = json.writeValueAsBytes(event);
          bytes.addAndGet(value.length);
          producer.send(new ProducerRecord<>(Topics.EVENTS.name(), event.partitionKey(), value));
        });
    producer.flush();
    return bytes.get();
  }

  // ---- measuring ----

  /** Snapshot of the service's meters. */
  record Meters(
      Map<String, Double> storeNanos, Map<String, Long> storeCalls, Map<String, Double> outcomes) {

    static final Meters NONE = new Meters(Map.of(), Map.of(), Map.of());

    Meters minus(Meters earlier) {
      Map<String, Double> nanos = new HashMap<>(storeNanos);
      earlier.storeNanos.forEach((k, v) -> nanos.merge(k, -v, Double::sum));
      Map<String, Long> calls = new HashMap<>(storeCalls);
      earlier.storeCalls.forEach((k, v) -> calls.merge(k, -v, Long::sum));
      Map<String, Double> out = new HashMap<>(outcomes);
      earlier.outcomes.forEach((k, v) -> out.merge(k, -v, Double::sum));
      return new Meters(nanos, calls, out);
    }

    double storeSeconds(String table) {
      return storeNanos.getOrDefault(table, 0.0) / 1e9;
    }

    double totalStoreSeconds() {
      return storeNanos.values().stream().mapToDouble(Double::doubleValue).sum() / 1e9;
    }
  }

  /** CPU time of this JVM (driver and service) and of its child processes (the devstack). */
  record Cpu(Duration self, Duration children, long at) {
    static Cpu now() {
      Duration self = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
      Duration children =
          ProcessHandle.current()
              .descendants()
              .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
              .reduce(Duration.ZERO, Duration::plus);
      return new Cpu(self, children, System.nanoTime());
    }

    Cpu minus(Cpu earlier) {
      return new Cpu(self.minus(earlier.self), children.minus(earlier.children), at - earlier.at);
    }
  }

  record Result(
      long events,
      double wallSeconds,
      double eventsPerSecond,
      double firstAfterSeconds,
      Meters meters,
      long profileRecords,
      long mergeRecords,
      long reannounced,
      Cpu cpu,
      int listenerThreads,
      Map<ListenerSampler.Activity, Long> samples) {

    /** The share of listener-thread samples in {@code activity}, or NaN without samples. */
    double share(ListenerSampler.Activity activity) {
      long total = samples.values().stream().mapToLong(Long::longValue).sum();
      return total == 0 ? Double.NaN : samples.getOrDefault(activity, 0L) / (double) total;
    }
  }

  record Counts(long activeProfiles, long mergedProfiles, long timelineItems) {}

  /**
   * Counts what identity-service stored, from its {@code profiles} and {@code timeline} tables
   * (IdentityTables.PROFILES and TIMELINE), read by name as an operator would: the service's jar is
   * Spring Boot's repackaged one, and with {@code --service external} its classes are not here.
   */
  private static Counts count(DynamoDbClient dynamo, String prefix) {
    String profiles = prefix + "profiles";
    long active = scanCount(dynamo, profiles, "ACTIVE");
    long merged = scanCount(dynamo, profiles, "MERGED");
    long timeline = scanCount(dynamo, prefix + "timeline", null);
    return new Counts(active, merged, timeline);
  }

  private static long scanCount(DynamoDbClient dynamo, String table, @Nullable String status) {
    ScanRequest.Builder request = ScanRequest.builder().tableName(table).select(Select.COUNT);
    if (status != null) {
      request
          .filterExpression("#s = :s")
          .expressionAttributeNames(Map.of("#s", "status"))
          .expressionAttributeValues(Map.of(":s", AttributeValue.fromS(status)));
    }
    long count = 0;
    for (var page : dynamo.scanPaginator(request.build())) {
      count += page.count();
    }
    return count;
  }

  // ---- reporting ----

  private static void print(DynamoDbCeiling.Ceiling c) {
    System.out.printf(
        Locale.ROOT,
        "DynamoDB Local ceiling: %s, %d writers: %,.0f items/s (%,d items in %.0f s)%n",
        c.what(),
        c.writers(),
        c.itemsPerSecond(),
        c.items(),
        c.seconds());
  }

  private static void report(
      int events,
      int consumers,
      DynamoDbCeiling.Ceiling batch,
      DynamoDbCeiling.Ceiling puts,
      Result r,
      @Nullable Counts stored,
      boolean inProcess) {
    Meters m = r.meters();
    double threadSeconds = r.wallSeconds() * consumers;
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "measured: %,d of %,d events in %.1f s (first announced %.2f s after the listener"
            + " resumed)%n",
        r.events(),
        events,
        r.wallSeconds(),
        r.firstAfterSeconds());
    if (inProcess) {
      System.out.printf(
          Locale.ROOT,
          "outcomes: applied %,.0f, duplicate %,.0f, dropped %,.0f; re-announced records %,d%n",
          m.outcomes().getOrDefault("applied", 0.0),
          m.outcomes().getOrDefault("duplicate", 0.0),
          m.outcomes().getOrDefault("dropped", 0.0),
          r.reannounced());
      for (String table : List.of("identity+profiles", "timeline")) {
        long calls = m.storeCalls().getOrDefault(table, 0L);
        System.out.printf(
            Locale.ROOT,
            "c360.identity.store{table=%s}: %,d calls, %.1f s in total, %.2f ms each, %.0f %% of"
                + " listener-thread time%n",
            table,
            calls,
            m.storeSeconds(table),
            calls == 0 ? 0 : 1000 * m.storeSeconds(table) / calls,
            100 * m.storeSeconds(table) / threadSeconds);
      }
    }
    if (!r.samples().isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "listener threads (%d, sampled every 5 ms): DynamoDB %.0f %%, publishing to Kafka %.0f %%,"
              + " polling Kafka %.0f %%, service code %.0f %%%n",
          r.listenerThreads(),
          100 * r.share(ListenerSampler.Activity.DYNAMODB),
          100 * r.share(ListenerSampler.Activity.KAFKA_PUBLISH),
          100 * r.share(ListenerSampler.Activity.KAFKA_POLL),
          100 * r.share(ListenerSampler.Activity.SERVICE));
    }
    System.out.printf(
        Locale.ROOT,
        "CPU during the measured period: this JVM (driver + service) %.2f cores, devstack child"
            + " (Kafka + DynamoDB Local) %.2f cores, of %d%n",
        r.cpu().self().toNanos() / (double) r.cpu().at(),
        r.cpu().children().toNanos() / (double) r.cpu().at(),
        Runtime.getRuntime().availableProcessors());
    if (stored != null) {
      System.out.printf(
          Locale.ROOT,
          "stored: %,d active profiles, %,d merged profiles, %,d timeline items (incl. warm-up)%n",
          stored.activeProfiles(),
          stored.mergedProfiles(),
          stored.timelineItems());
    }
    System.out.println();
    System.out.println(
        "| BatchWriteItem ceiling items/s | conditional PutItem ceiling items/s | events/s |"
            + " % of BatchWriteItem ceiling | DynamoDB share (timers) | DynamoDB share (sampled) |"
            + " profile writes | merges |"
            + " profiles stored |");
    System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    System.out.printf(
        Locale.ROOT,
        "| %,.0f | %,.0f | %,.0f | %.0f %% | %s | %s | %,d | %,d | %s |%n",
        batch.itemsPerSecond(),
        puts.itemsPerSecond(),
        r.eventsPerSecond(),
        100 * r.eventsPerSecond() / batch.itemsPerSecond(),
        inProcess
            ? String.format(Locale.ROOT, "%.0f %%", 100 * m.totalStoreSeconds() / threadSeconds)
            : "n/a",
        r.samples().isEmpty()
            ? "n/a"
            : String.format(
                Locale.ROOT, "%.0f %%", 100 * r.share(ListenerSampler.Activity.DYNAMODB)),
        r.profileRecords(),
        r.mergeRecords(),
        stored == null
            ? "n/a"
            : String.format(
                Locale.ROOT,
                "%,d active + %,d merged",
                stored.activeProfiles(),
                stored.mergedProfiles()));
  }

  /**
   * The service's DynamoDB requests during the measured period by operation and table, per event;
   * "beyond the timeline write" is every request except the timeline's BatchWriteItem.
   */
  private static void reportRequests(
      Map<String, Long> before, Map<String, Long> after, String prefix, long events) {
    System.out.println();
    System.out.println("| DynamoDB requests (measured period) | requests | per event |");
    System.out.println("|---|---:|---:|");
    long beyondTimeline = 0;
    long total = 0;
    for (var entry : after.entrySet()) {
      long n = entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
      if (n == 0) {
        continue;
      }
      String kind = entry.getKey().replace(prefix, "");
      total += n;
      if (!kind.equals("BatchWriteItem timeline")) {
        beyondTimeline += n;
      }
      System.out.printf(Locale.ROOT, "| %s | %,d | %.3f |%n", kind, n, n / (double) events);
    }
    System.out.printf(
        Locale.ROOT,
        "| all | %,d | %.3f |%n| beyond the timeline write | %,d | %.3f |%n",
        total,
        total / (double) events,
        beyondTimeline,
        beyondTimeline / (double) events);
  }
}
