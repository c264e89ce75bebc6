package io.c360.bench;

import io.c360.common.catalog.CatalogUpdate;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.json.EventJson;
import io.c360.common.profile.ComputedTraits;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.ResolvedEvent;
import io.c360.common.topic.Topics;
import io.c360.devstack.DevStack;
import io.c360.devstack.DevStackClients;
import io.c360.platform.security.Sha256;
import io.c360.platform.table.TablesProperties;
import io.c360.recommendation.RecommendationApplication;
import io.c360.recommendation.catalog.Catalog;
import io.c360.recommendation.recommender.embedded.EmbeddedRecommender;
import io.c360.synthetic.Product;
import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.SyntheticCustomer;
import io.c360.synthetic.WorldSpec;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
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
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load driver for recommendation-service's {@code GET /v1/recommendations} with the embedded
 * backend, next to a bare endpoint of the same service ({@link BareEndpoint}: same Tomcat, bearer
 * token filter chain and JSON, no work) measured in the same run, so the figures are ratios.
 *
 * <p>One run:
 *
 * <ol>
 *   <li>starts a fresh in-memory devstack (Kafka + DynamoDB Local in a child JVM);
 *   <li>generates a synthetic retail world ({@code --customers}, one year of history ending now)
 *       and publishes its catalog (items and stock per location) to {@code c360.catalog.v1}, every
 *       customer's events as resolved events (profileId {@code p-<customerId>}) to {@code
 *       c360.resolved-events.v1}, and links each customer's userId to the profile as
 *       identity-service would: as a profile snapshot on {@code c360.profiles.v1};
 *   <li>starts recommendation-service in this JVM (port 0) with {@link BareEndpoint}, waits until
 *       its catalog and activity listeners and its identity and interaction projections have no
 *       lag, rebuilds the embedded model once (timed) and checks that a customer gets personalized
 *       items;
 *   <li>warms up with an open-loop mix of both endpoints;
 *   <li>per endpoint (bare, then recommendations): open-loop runs at fixed rates ({@code --rates})
 *       and closed-loop runs with N requests in flight ({@code --workers}); prints the tables.
 * </ol>
 *
 * <p><b>Open loop.</b> One scheduler thread issues request {@code i} at {@code t0 + i/rate} and
 * latency is measured from that intended time to the response, so a stall counts for every request
 * it delays (no coordinated omission). When {@code --max-in-flight} requests are outstanding a due
 * request is dropped and counted, instead of opening ever more connections.
 *
 * <p><b>Client.</b> {@code java.net.http.HttpClient}, HTTP/1.1 with keep-alive, {@code sendAsync}
 * with completions on two named platform threads, so the load generator's CPU (those threads, the
 * client's selector thread and the scheduler) can be told apart from the service's, which runs in
 * the same JVM on virtual threads.
 *
 * <p><b>Request mix</b> ({@code GET /v1/recommendations}, 10,000 requests prepared up front from
 * {@code --seed}, cycled): 70 % {@code context=home&userId=<random customer>&numResults=10}, 10 %
 * {@code context=home&anonymousId=<one of 20,000 unknown visitors>&numResults=10}, 20 % {@code
 * context=product&itemId=<random sku>&userId=<random customer>&numResults=10}.
 *
 * <p>Arguments (all optional): {@code --customers 2000 --seed 42 --rates 500,1000,2000,3000
 * --step-seconds 20 --workers 8,32 --closed-seconds 15 --warmup-seconds 20 --warmup-rate 600
 * --max-in-flight 2000 --rebuild-interval 60s --live-events 20 --endpoints bare,recommendations
 * --devstack-jvm-args "-Xmx1536m -XX:TieredStopAtLevel=4"}. Callers are resolved through the
 * service's identity projection (a cached GetItem on its {@code recommendation-identity} table).
 */
public final class RecommendationLoadDriver {

  private static final String REGION = DevStackClients.REGION.id();

  /** The service's instance id here, which names its per-instance consumer groups. */
  private static final String INSTANCE = "bench";

  /**
   * The consumer groups (and their topics) the service must have caught up with: its per-instance
   * catalog and activity, and its identity and interaction projections (shared groups).
   */
  private static final Map<String, String> LISTENER_GROUPS =
      Map.of(
          "recommendation-service-catalog-" + INSTANCE,
          Topics.CATALOG.name(),
          "recommendation-service-interactions-" + INSTANCE,
          Topics.RESOLVED_EVENTS.name(),
          "recommendation-service-identity-profiles",
          Topics.PROFILES.name(),
          "recommendation-service-interactions",
          Topics.RESOLVED_EVENTS.name());

  private static final int PREPARED = 10_000;
  private static final int ANONYMOUS_VISITORS = 20_000;

  private final Map<String, String> args;
  private final JsonMapper json = EventJson.mapper();

  private RecommendationLoadDriver(Map<String, String> args) {
    this.args = args;
  }

  public static void main(String[] argv) throws Exception {
    System.exit(new RecommendationLoadDriver(BenchArgs.parse(argv)).run());
  }

  private int intArg(String name, int fallback) {
    return BenchArgs.intArg(args, name, fallback);
  }

  private List<Integer> intsArg(String name, String fallback) {
    return Arrays.stream(args.getOrDefault(name, fallback).split(","))
        .map(String::trim)
        .map(Integer::parseInt)
        .toList();
  }

  private int run() throws Exception {
    int customers = intArg("customers", 2000);
    long seed = intArg("seed", 42);
    String run = Long.toString(System.currentTimeMillis() / 1000, 36);
    System.out.printf(
        Locale.ROOT,
        "C360 recommendation load: %d cores, load average %.2f at start, %,d customers, run %s,"
            + " %s %s%n",
        Runtime.getRuntime().availableProcessors(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        customers,
        run,
        System.getProperty("java.vm.name"),
        Runtime.version());

    String prefix = "c360-recbench-" + run + "-";
    List<String> jvmArgs =
        List.of(
            args.getOrDefault("devstack-jvm-args", "-Xmx1536m -XX:TieredStopAtLevel=4")
                .split("\\s+"));
    long t0 = System.nanoTime();
    try (DevStack stack =
        DevStack.startChildProcess(
            DevStack.Options.defaults().withTablePrefix(prefix).withJvmArgs(jvmArgs))) {
      System.out.printf(
          Locale.ROOT,
          "devstack started in %.1f s: %s (log %s)%n",
          (System.nanoTime() - t0) / 1e9,
          stack,
          stack.logFile());
      System.setProperty("aws.accessKeyId", DevStackClients.LOCAL_ACCESS_KEY_ID);
      System.setProperty("aws.secretAccessKey", DevStackClients.LOCAL_SECRET_ACCESS_KEY);
      System.setProperty("aws.region", REGION);
      return measure(stack, prefix, run, customers, seed);
    }
  }

  private int measure(DevStack stack, String prefix, String run, int customers, long seed)
      throws Exception {
    String kafka = stack.kafkaBootstrapServers();
    String endpoint = stack.dynamoDbEndpoint();
    long t0 = System.nanoTime();
    RetailWorld world = RetailWorld.generate(WorldSpec.of(seed, customers, Instant.now()));
    System.out.printf(
        Locale.ROOT,
        "world: %,d customers, %,d products, %,d events, generated in %.1f s%n",
        world.customers().size(),
        world.catalog().size(),
        world.eventCount(),
        (System.nanoTime() - t0) / 1e9);

    try (Admin admin = DevStackClients.admin(kafka)) {
      publish(world, kafka);

      String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
      t0 = System.nanoTime();
      ConfigurableApplicationContext context =
          new SpringApplication(RecommendationApplication.class, BareEndpoint.class)
              .run(
                  "--spring.main.banner-mode=off",
                  "--server.port=0",
                  "--spring.kafka.bootstrap-servers=" + kafka,
                  "--spring.kafka.consumer.group-id=recbench-" + run,
                  "--c360.recommendation.instance-id=" + INSTANCE,
                  "--c360.aws.dynamodb.endpoint=" + endpoint,
                  "--c360.aws.region=" + REGION,
                  "--" + TablesProperties.PREFIX_PROPERTY + "=" + prefix,
                  "--c360.security.tokens[0].name=bench",
                  "--c360.security.tokens[0].sha256=" + Sha256.hex(token),
                  "--c360.security.tokens[0].roles[0]=app",
                  "--c360.recommendation.embedded.rebuild-interval="
                      + args.getOrDefault("rebuild-interval", "60s"),
                  "--logging.level.io.c360=WARN");
      String name = context.getEnvironment().getProperty("spring.application.name");
      if (!"recommendation-service".equals(name)) {
        context.close();
        throw new IllegalStateException(
            "the service started with "
                + name
                + "'s application.yml: another service's jar is ahead on the classpath (see"
                + " bench/recommendation-load.sh)");
      }
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      System.out.printf(
          Locale.ROOT,
          "recommendation-service started in-process in %.1f s on port %d%n",
          (System.nanoTime() - t0) / 1e9,
          port);
      ExecutorService completions = Executors.newFixedThreadPool(2, named("bench-client-"));
      HttpClient client =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(completions)
              .connectTimeout(Duration.ofSeconds(5))
              .build();
      try {
        awaitLoaded(context, admin, world);
        Requests requests = new Requests(port, token, world, seed);
        sample(client, requests);
        try (LiveEvents live = new LiveEvents(kafka, world, intArg("live-events", 20), seed)) {
          int result = load(client, requests);
          System.out.printf(
              Locale.ROOT,
              "live events published during the load: %,d (%d/s); embedded model rebuilt %s%n",
              live.published(),
              intArg("live-events", 20),
              context.getBean(EmbeddedRecommender.class).modelBuiltAt());
          return result;
        }
      } finally {
        client.close();
        completions.shutdownNow();
        context.close();
      }
    }
  }

  /**
   * New interactions while the load runs, as a live shop has them: every 50 ms, {@code perSecond /
   * 20} product views of a random customer on a random product, as resolved events. They keep the
   * embedded model's periodic rebuild working (it skips rebuilding an unchanged log) and replace
   * the cached candidates of the customers they touch.
   */
  private final class LiveEvents implements AutoCloseable {
    private final KafkaProducer<String, byte[]> producer;
    private final Thread thread;
    private final AtomicLong published = new AtomicLong();
    private volatile boolean running = true;

    LiveEvents(String kafka, RetailWorld world, int perSecond, long seed) {
      this.producer = producer(kafka);
      Random random = new Random(seed + 1);
      List<SyntheticCustomer> customers = world.customers();
      List<Product> catalog = world.catalog();
      this.thread =
          Thread.ofPlatform()
              .daemon()
              .name("bench-live-events")
              .start(
                  () -> {
                    double due = 0;
                    while (running && perSecond > 0) {
                      due += perSecond / 20.0;
                      for (; due >= 1; due--) {
                        SyntheticCustomer c = customers.get(random.nextInt(customers.size()));
                        Product p = catalog.get(random.nextInt(catalog.size()));
                        send(c, p);
                      }
                      try {
                        Thread.sleep(50);
                      } catch (InterruptedException e) {
                        return;
                      }
                    }
                  });
    }

    private void send(SyntheticCustomer c, Product p) {
      Instant now = Instant.now();
      CustomerEvent view =
          new CustomerEvent(
              UUID.randomUUID().toString(),
              EventType.TRACK,
              "Product Viewed",
              null,
              c.userId(),
              null,
              null,
              null,
              null,
              Map.of("sku", p.sku(), "category", p.category()),
              null,
              null,
              now,
              null,
              null,
              now,
              "web",
              List.of());
      String profileId = profileId(c);
      producer.send(
          new ProducerRecord<>(
              Topics.RESOLVED_EVENTS.name(),
              profileId,
              json.writeValueAsBytes(new ResolvedEvent(profileId, view))));
      published.incrementAndGet();
    }

    long published() {
      return published.get();
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join();
      producer.close();
    }
  }

  // ---- the world into Kafka and DynamoDB ----

  private void publish(RetailWorld world, String kafka) {
    long t0 = System.nanoTime();
    Instant now = Instant.now();
    long catalogRecords = 0;
    long events = 0;
    try (KafkaProducer<String, byte[]> producer = producer(kafka)) {
      for (Product p : world.catalog()) {
        send(
            producer,
            Topics.CATALOG.name(),
            new CatalogUpdate(
                CatalogUpdate.ITEM,
                p.sku(),
                p.name(),
                p.category(),
                null,
                p.price(),
                p.currency(),
                p.imageUrl(),
                null,
                null,
                null,
                null,
                now,
                "bench"));
        catalogRecords++;
        for (Map.Entry<String, Integer> stock : p.stockByLocation().entrySet()) {
          send(
              producer,
              Topics.CATALOG.name(),
              new CatalogUpdate(
                  CatalogUpdate.INVENTORY,
                  p.sku(),
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null,
                  stock.getKey(),
                  stock.getValue().longValue(),
                  null,
                  now,
                  "bench"));
          catalogRecords++;
        }
      }
      for (SyntheticCustomer c : world.customers()) {
        String profileId = profileId(c);
        for (CustomerEvent event : world.events(c.customerId())) {
          producer.send(
              new ProducerRecord<>(
                  Topics.RESOLVED_EVENTS.name(),
                  profileId,
                  json.writeValueAsBytes(new ResolvedEvent(profileId, event))));
          events++;
        }
      }
      // the identity graph as identity-service publishes it: each profile's snapshot
      for (SyntheticCustomer c : world.customers()) {
        ProfileSnapshot profile = profileSnapshot(c, now);
        producer.send(
            new ProducerRecord<>(
                Topics.PROFILES.name(), profile.profileId(), json.writeValueAsBytes(profile)));
      }
      producer.flush();
    }
    System.out.printf(
        Locale.ROOT,
        "published %,d catalog records, %,d resolved events, %,d profile snapshots in %.1f s%n",
        catalogRecords,
        events,
        world.customers().size(),
        (System.nanoTime() - t0) / 1e9);
  }

  /** A profile holding the customer's userId (the identifier the service resolves). */
  private static ProfileSnapshot profileSnapshot(SyntheticCustomer c, Instant now) {
    return new ProfileSnapshot(
        profileId(c),
        1,
        now,
        now,
        List.of(
            new LinkedIdentifier(
                new Identifier(IdentifierType.USER_ID, c.userId()), now, "event", "bench")),
        Map.of(),
        Map.of(),
        new ComputedTraits(
            now,
            null,
            null,
            0,
            BigDecimal.ZERO,
            null,
            null,
            0,
            0,
            0,
            0,
            List.of(),
            List.of(),
            null,
            null,
            0,
            "none",
            null),
        List.of(),
        null);
  }

  private static String profileId(SyntheticCustomer c) {
    return "p-" + c.customerId();
  }

  private void send(KafkaProducer<String, byte[]> producer, String topic, CatalogUpdate update) {
    producer.send(new ProducerRecord<>(topic, update.key(), json.writeValueAsBytes(update)));
  }

  private static KafkaProducer<String, byte[]> producer(String kafka) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
    p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    p.put(ProducerConfig.BATCH_SIZE_CONFIG, 65536);
    return new KafkaProducer<>(p);
  }

  // ---- waiting until the service has everything ----

  private static void awaitLoaded(
      ConfigurableApplicationContext context, Admin admin, RetailWorld world) throws Exception {
    long t0 = System.nanoTime();
    long deadline = t0 + TimeUnit.MINUTES.toNanos(5);
    while (true) {
      long lag = 0;
      for (Map.Entry<String, String> group : LISTENER_GROUPS.entrySet()) {
        lag += lag(admin, group.getKey(), group.getValue());
      }
      if (lag == 0) {
        break;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("listeners still " + lag + " records behind after 5 min");
      }
      Thread.sleep(250);
    }
    Catalog catalog = context.getBean(Catalog.class);
    EmbeddedRecommender recommender = context.getBean(EmbeddedRecommender.class);
    System.out.printf(
        Locale.ROOT,
        "service consumed catalog and interactions in %.1f s: %,d catalog items, %,d profiles"
            + " with interactions%n",
        (System.nanoTime() - t0) / 1e9,
        catalog.size(),
        recommender.profiles());
    if (catalog.size() < world.catalog().size()) {
      throw new IllegalStateException(
          "the catalog holds " + catalog.size() + " of " + world.catalog().size() + " items");
    }
    long r0 = System.nanoTime();
    recommender.rebuild();
    System.out.printf(
        Locale.ROOT,
        "embedded model rebuilt in %.2f s: %,d items%n",
        (System.nanoTime() - r0) / 1e9,
        recommender.modelItems());
  }

  /** Records of {@code topic} that {@code group} has not committed yet. */
  private static long lag(Admin admin, String group, String topic) throws Exception {
    var description = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic);
    Map<TopicPartition, OffsetSpec> request = new LinkedHashMap<>();
    description
        .partitions()
        .forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    var ends = admin.listOffsets(request).all().get();
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
    long lag = 0;
    for (var end : ends.entrySet()) {
      OffsetAndMetadata at = committed.get(end.getKey());
      lag += end.getValue().offset() - (at == null ? 0 : at.offset());
    }
    return lag;
  }

  // ---- requests ----

  /** The prepared requests of both endpoints. */
  private static final class Requests {
    final HttpRequest[] bare;
    final HttpRequest[] recommendations;
    final HttpRequest[] mixed;
    final String example;

    Requests(int port, String token, RetailWorld world, long seed) {
      String base = "http://127.0.0.1:" + port;
      Random random = new Random(seed);
      List<SyntheticCustomer> customers = world.customers();
      List<Product> catalog = world.catalog();
      bare = new HttpRequest[] {get(base + "/v1/bench/bare", token)};
      recommendations = new HttpRequest[PREPARED];
      for (int i = 0; i < PREPARED; i++) {
        int kind = random.nextInt(100);
        String user = enc(customers.get(random.nextInt(customers.size())).userId());
        String query;
        if (kind < 70) {
          query = "context=home&numResults=10&userId=" + user;
        } else if (kind < 80) {
          query =
              "context=home&numResults=10&anonymousId=anon-" + random.nextInt(ANONYMOUS_VISITORS);
        } else {
          query =
              "context=product&numResults=10&itemId="
                  + enc(catalog.get(random.nextInt(catalog.size())).sku())
                  + "&userId="
                  + user;
        }
        recommendations[i] = get(base + "/v1/recommendations?" + query, token);
      }
      mixed = new HttpRequest[PREPARED * 2];
      for (int i = 0; i < PREPARED; i++) {
        mixed[2 * i] = recommendations[i];
        mixed[2 * i + 1] = bare[0];
      }
      example = recommendations[0].uri().toString();
    }

    private static HttpRequest get(String uri, String token) {
      return HttpRequest.newBuilder(URI.create(uri))
          .header("Authorization", "Bearer " + token)
          .header("Accept", "application/json")
          .GET()
          .build();
    }

    private static String enc(String value) {
      return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
  }

  /** What the mix answers: sizes, how often popular items fill up, sample answers. */
  private void sample(HttpClient client, Requests requests) throws Exception {
    int n = 500;
    long bytes = 0;
    int filled = 0;
    int items = 0;
    int personalized = 0;
    for (int i = 0; i < n; i++) {
      HttpResponse<String> response =
          client.send(requests.recommendations[i], HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            requests.recommendations[i].uri()
                + " answered "
                + response.statusCode()
                + ": "
                + response.body());
      }
      bytes += response.body().length();
      JsonNode body = json.readTree(response.body());
      if (body.path("fallback").asBoolean()) {
        filled++;
      }
      for (JsonNode item : body.path("items")) {
        items++;
        if (!item.path("recommender").asString("").endsWith("/popular")) {
          personalized++;
        }
      }
      if (i == 0) {
        System.out.println(
            "sample " + requests.recommendations[i].uri() + " -> " + abbreviate(response.body()));
      }
    }
    HttpResponse<String> bare = client.send(requests.bare[0], HttpResponse.BodyHandlers.ofString());
    System.out.printf(
        Locale.ROOT,
        "mix sample of %d: %,d bytes per answer on average, %.1f items, %.0f %% of items from the"
            + " model (rest popular fill-up), %.0f %% of answers filled up; bare answers %d bytes:"
            + " %s%n",
        n,
        bytes / n,
        items / (double) n,
        100.0 * personalized / Math.max(1, items),
        100.0 * filled / n,
        bare.body().length(),
        bare.body());
    if (personalized == 0) {
      throw new IllegalStateException("no item came from the model: is the model built?");
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 400 ? s : s.substring(0, 400) + "…";
  }

  // ---- load ----

  private int load(HttpClient client, Requests requests) throws Exception {
    Load load = new Load(client, intArg("max-in-flight", 2000));
    int warmup = intArg("warmup-seconds", 20);
    if (warmup > 0) {
      Step w = load.openLoop("mixed (warm-up)", requests.mixed, intArg("warmup-rate", 600), warmup);
      System.out.println("warm-up: " + w.line());
    }
    List<Integer> rates = intsArg("rates", "500,1000,2000,3000");
    List<Integer> workers = intsArg("workers", "8,32");
    int stepSeconds = intArg("step-seconds", 20);
    int closedSeconds = intArg("closed-seconds", 15);
    List<String> endpoints =
        List.of(args.getOrDefault("endpoints", "bare,recommendations").split(","));
    List<Step> steps = new ArrayList<>();
    for (String endpoint : endpoints) {
      HttpRequest[] r = endpoint.equals("bare") ? requests.bare : requests.recommendations;
      String label = endpoint.equals("bare") ? "bare" : "recommendations";
      for (int rate : rates) {
        Step step = load.openLoop(label, r, rate, stepSeconds);
        System.out.println(step.line());
        steps.add(step);
        if (step.dropped() > 0
            || step.errors() > step.ok() / 100
            || step.percentileMillis(0.99) > 1000) {
          break; // past saturation: higher rates only queue
        }
      }
      for (int n : workers) {
        Step step = load.closedLoop(label, r, n, closedSeconds);
        System.out.println(step.line());
        steps.add(step);
      }
    }
    report(steps, requests);
    return steps.stream().anyMatch(s -> s.ok() == 0) ? 1 : 0;
  }

  private static void report(List<Step> steps, Requests requests) {
    System.out.println();
    System.out.println("recommendations request mix, e.g. " + requests.example);
    System.out.println();
    System.out.println(
        "| endpoint | load | achieved req/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |"
            + " errors + dropped | CPU: load generator | CPU: rest of the JVM (service) | CPU:"
            + " devstack |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (Step s : steps) {
      System.out.println(s.row());
    }
    System.out.println();
    double bareMax = maxClosed(steps, "bare");
    double recMax = maxClosed(steps, "recommendations");
    System.out.printf(
        Locale.ROOT,
        "closed-loop maximum: bare %,.0f req/s, recommendations %,.0f req/s = %.0f %% of bare%n",
        bareMax,
        recMax,
        100 * recMax / bareMax);
    for (Step s : steps) {
      if (s.endpoint().equals("recommendations") && s.openLoop()) {
        Step bare =
            steps.stream()
                .filter(b -> b.endpoint().equals("bare") && b.openLoop() && b.load() == s.load())
                .findFirst()
                .orElse(null);
        System.out.printf(
            Locale.ROOT,
            "at %,d req/s: recommendations p99 %.2f ms%s%n",
            s.load(),
            s.percentileMillis(0.99),
            bare == null
                ? ""
                : String.format(Locale.ROOT, " (bare %.2f ms)", bare.percentileMillis(0.99)));
      }
    }
  }

  private static double maxClosed(List<Step> steps, String endpoint) {
    return steps.stream()
        .filter(s -> s.endpoint().equals(endpoint) && !s.openLoop())
        .mapToDouble(Step::achieved)
        .max()
        .orElse(Double.NaN);
  }

  /** One measured step. */
  record Step(
      String endpoint,
      boolean openLoop,
      int load,
      double seconds,
      long ok,
      long errors,
      long dropped,
      long[] sortedNanos,
      Cpu cpu,
      @Nullable String firstError) {

    double achieved() {
      return ok / seconds;
    }

    double percentileMillis(double q) {
      if (sortedNanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(q * sortedNanos.length) - 1;
      return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
    }

    String loadLabel() {
      return openLoop
          ? String.format(Locale.ROOT, "open loop %,d/s", load)
          : String.format(Locale.ROOT, "closed loop, %d in flight", load);
    }

    String line() {
      return String.format(
          Locale.ROOT,
          "%s, %s: %,.0f req/s, p50 %.2f p90 %.2f p99 %.2f p99.9 %.2f max %.1f ms, %,d ok, %,d"
              + " errors, %,d dropped; CPU cores: client %.2f, service %.2f, devstack %.2f%s",
          endpoint,
          loadLabel(),
          achieved(),
          percentileMillis(0.5),
          percentileMillis(0.9),
          percentileMillis(0.99),
          percentileMillis(0.999),
          percentileMillis(1.0),
          ok,
          errors,
          dropped,
          cpu.clientCores(),
          cpu.serviceCores(),
          cpu.devstackCores(),
          firstError == null ? "" : " (first error: " + firstError + ")");
    }

    String row() {
      return String.format(
          Locale.ROOT,
          "| %s | %s | %,.0f | %.2f | %.2f | %.2f | %.2f | %.1f | %,d | %.2f | %.2f | %.2f |",
          endpoint,
          loadLabel(),
          achieved(),
          percentileMillis(0.5),
          percentileMillis(0.9),
          percentileMillis(0.99),
          percentileMillis(0.999),
          percentileMillis(1.0),
          errors + dropped,
          cpu.clientCores(),
          cpu.serviceCores(),
          cpu.devstackCores());
    }
  }

  /** The load generator: open loop at a fixed rate, or closed loop with N in flight. */
  private static final class Load {
    private final HttpClient client;
    private final int maxInFlight;

    Load(HttpClient client, int maxInFlight) {
      this.client = client;
      this.maxInFlight = maxInFlight;
    }

    Step openLoop(String endpoint, HttpRequest[] requests, int rate, int seconds)
        throws InterruptedException {
      int total = rate * seconds;
      long[] latencies = new long[total];
      Arrays.fill(latencies, -1);
      AtomicInteger inFlight = new AtomicInteger();
      AtomicInteger done = new AtomicInteger();
      AtomicLong errors = new AtomicLong();
      AtomicReference<@Nullable String> firstError = new AtomicReference<>();
      long dropped = 0;
      double period = 1e9 / rate;
      CpuMeter meter = CpuMeter.start();
      long t0 = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
      for (int i = 0; i < total; i++) {
        long intended = t0 + (long) (i * period);
        long wait = intended - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        if (inFlight.get() >= maxInFlight) {
          dropped++;
          done.incrementAndGet();
          continue;
        }
        inFlight.incrementAndGet();
        int index = i;
        client
            .sendAsync(requests[i % requests.length], HttpResponse.BodyHandlers.discarding())
            .whenComplete(
                (response, failure) -> {
                  long now = System.nanoTime();
                  if (failure == null && response.statusCode() == 200) {
                    latencies[index] = now - intended;
                  } else {
                    errors.incrementAndGet();
                    firstError.compareAndSet(
                        null,
                        failure != null
                            ? failure.toString()
                            : "HTTP " + response.statusCode() + " " + response.uri());
                  }
                  inFlight.decrementAndGet();
                  done.incrementAndGet();
                });
      }
      long sendEnd = System.nanoTime();
      awaitDone(done, total);
      Cpu cpu = meter.stop();
      long[] sorted = Arrays.stream(latencies).filter(l -> l >= 0).sorted().toArray();
      // the rate achieved over the scheduled period (the last responses trail it by their latency)
      double wall = Math.max(sendEnd - t0, (long) (total * period)) / 1e9;
      return new Step(
          endpoint,
          true,
          rate,
          wall,
          sorted.length,
          errors.get(),
          dropped,
          sorted,
          cpu,
          firstError.get());
    }

    Step closedLoop(String endpoint, HttpRequest[] requests, int workers, int seconds)
        throws InterruptedException {
      long[] latencies = new long[60_000 * seconds];
      AtomicInteger recorded = new AtomicInteger();
      AtomicInteger sent = new AtomicInteger();
      AtomicInteger done = new AtomicInteger();
      AtomicLong errors = new AtomicLong();
      AtomicReference<@Nullable String> firstError = new AtomicReference<>();
      CpuMeter meter = CpuMeter.start();
      long t0 = System.nanoTime();
      long deadline = t0 + TimeUnit.SECONDS.toNanos(seconds);
      class Worker {
        void next() {
          int i = sent.getAndIncrement();
          long start = System.nanoTime();
          client
              .sendAsync(requests[i % requests.length], HttpResponse.BodyHandlers.discarding())
              .whenComplete(
                  (response, failure) -> {
                    long now = System.nanoTime();
                    if (failure == null && response.statusCode() == 200) {
                      int slot = recorded.getAndIncrement();
                      if (slot < latencies.length) {
                        latencies[slot] = now - start;
                      }
                    } else {
                      errors.incrementAndGet();
                      firstError.compareAndSet(
                          null,
                          failure != null
                              ? failure.toString()
                              : "HTTP " + response.statusCode() + " " + response.uri());
                    }
                    if (now < deadline) {
                      next();
                    } else {
                      done.incrementAndGet();
                    }
                  });
        }
      }
      for (int w = 0; w < workers; w++) {
        new Worker().next();
      }
      awaitDone(done, workers);
      Cpu cpu = meter.stop();
      double wall = (System.nanoTime() - t0) / 1e9;
      int n = Math.min(recorded.get(), latencies.length);
      long[] sorted = Arrays.copyOf(latencies, n);
      Arrays.sort(sorted);
      return new Step(
          endpoint, false, workers, wall, n, errors.get(), 0, sorted, cpu, firstError.get());
    }

    private static void awaitDone(AtomicInteger done, int total) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (done.get() < total && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      Thread.sleep(500); // let connections settle between steps
    }
  }

  // ---- CPU ----

  /** Cores used during a step by the load generator, the rest of this JVM, and the devstack. */
  record Cpu(double clientCores, double serviceCores, double devstackCores) {}

  /** CPU times at the start of a step. */
  private record CpuMeter(long at, long process, long client, long devstack) {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    static CpuMeter start() {
      return new CpuMeter(System.nanoTime(), processCpu(), clientCpu(), devstackCpu());
    }

    Cpu stop() {
      double wall = System.nanoTime() - at;
      double client = (clientCpu() - this.client) / wall;
      double process = (processCpu() - this.process) / wall;
      return new Cpu(client, process - client, (devstackCpu() - devstack) / wall);
    }

    private static long processCpu() {
      return ((com.sun.management.OperatingSystemMXBean)
              ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }

    /** The completion threads, the HttpClient's selector thread and the scheduler (this thread). */
    private static long clientCpu() {
      long total = 0;
      for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
        if (info == null) {
          continue;
        }
        String name = info.getThreadName();
        if (name.startsWith("bench-client-")
            || name.startsWith("HttpClient-")
            || info.getThreadId() == Thread.currentThread().threadId()) {
          long cpu = THREADS.getThreadCpuTime(info.getThreadId());
          if (cpu > 0) {
            total += cpu;
          }
        }
      }
      return total;
    }

    private static long devstackCpu() {
      return ProcessHandle.current()
          .descendants()
          .mapToLong(p -> p.info().totalCpuDuration().orElse(Duration.ZERO).toNanos())
          .sum();
    }
  }

  private static java.util.concurrent.ThreadFactory named(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
