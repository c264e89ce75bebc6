package io.c360.e2e;

import io.c360.devstack.DevStack;
import io.c360.devstack.FreePorts;
import io.c360.devstack.test.ApiClient;
import io.c360.devstack.test.ApiClient.Response;
import io.c360.devstack.test.Eventually;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The five services started from their jars against one devstack, each in its own JVM on a free
 * port, with this run's {@link Credentials}: what {@code ./c360 up} does, in a test. Closing it
 * stops every service it started, even when starting failed half-way.
 */
final class Platform implements AutoCloseable {

  // five JVMs starting at once on a loaded two-core machine took up to ~290 s each (2026-12-03)
  private static final Duration START_TIMEOUT = Duration.ofSeconds(600);

  private final Credentials credentials;
  private final Path blobRoot;
  private final Map<Service, ServiceProcess> services =
      Collections.synchronizedMap(new EnumMap<>(Service.class));
  private final Map<Service, ServiceProcess.Launch> lastLaunch =
      Collections.synchronizedMap(new EnumMap<>(Service.class));

  private Platform(Credentials credentials, Path blobRoot) {
    this.credentials = credentials;
    this.blobRoot = blobRoot;
  }

  /**
   * Starts every service (all at once: they do not need each other to start) and waits until each
   * is ready.
   *
   * @param stack the running Kafka broker and DynamoDB Local
   * @param workDir a fresh directory for the blob store, configuration and working directories
   * @param logDir where {@code <service>.log} files go
   */
  static Platform start(DevStack stack, Credentials credentials, Path workDir, Path logDir) {
    return start(stack, credentials, workDir, logDir, EnumSet.allOf(Service.class));
  }

  /** Starts only the given services (the fault test needs ingest and identity). */
  static Platform start(
      DevStack stack, Credentials credentials, Path workDir, Path logDir, Set<Service> which) {
    Path blobRoot = workDir.resolve("blobs");
    Path securityFile = workDir.resolve("security.yml");
    try {
      Files.createDirectories(blobRoot);
      Files.writeString(securityFile, credentials.securityYaml());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Platform platform = new Platform(credentials, blobRoot);
    // should the test JVM be stopped before @AfterAll runs, the services go with it
    Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "c360-e2e-stop-services"));
    try {
      int[] ports = FreePorts.pick(Service.values().length);
      Map<Service, Integer> portOf = new EnumMap<>(Service.class);
      for (Service service : Service.values()) {
        portOf.put(service, ports[service.ordinal()]);
      }
      for (Service service : which) {
        List<String> arguments = new ArrayList<>();
        arguments.add("--spring.config.additional-location=file:" + securityFile);
        arguments.add("--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers());
        arguments.add("--c360.aws.dynamodb.endpoint=" + stack.dynamoDbEndpoint());
        arguments.add("--c360.aws.region=us-east-1");
        arguments.add("--c360.tables.prefix=" + stack.tablePrefix());
        arguments.add("--c360.blobstore.local.root=" + blobRoot);
        arguments.addAll(extraArguments(service, workDir));
        Map<String, String> environment =
            new HashMap<>(
                Map.of(
                    "AWS_ACCESS_KEY_ID", "local",
                    "AWS_SECRET_ACCESS_KEY", "local",
                    "AWS_REGION", "us-east-1"));
        if (service == Service.ACTIVATION) {
          // products for messages come from recommendation-service, asked with the app token
          environment.put("C360_RECOMMENDATION_TOKEN", credentials.appToken());
          environment.put(
              "C360_RECOMMENDATION_URL", "http://localhost:" + portOf.get(Service.RECOMMENDATION));
        }
        platform.services.put(
            service,
            ServiceProcess.start(
                new ServiceProcess.Launch(
                    service,
                    portOf.get(service),
                    arguments,
                    environment,
                    workDir.resolve(service.shortName()),
                    logDir.resolve(service.shortName() + ".log"))));
      }
      for (ServiceProcess process : platform.services.values()) {
        process.awaitReady(START_TIMEOUT);
      }
      return platform;
    } catch (RuntimeException e) {
      platform.close();
      throw e;
    }
  }

  /** Settings that make the run quick and keep every file under the run's directory. */
  private static List<String> extraArguments(Service service, Path workDir) {
    return switch (service) {
      // a killed instance's import is taken over seconds after it died, not half a minute
      case INGEST ->
          List.of("--c360.ingest.imports.lease=10s", "--c360.ingest.imports.sweep-every=2s");
      case RECOMMENDATION -> List.of("--c360.recommendation.embedded.rebuild-interval=5s");
      case ACTIVATION ->
          List.of(
              "--c360.activation.delivery.outbox.file.directory=" + workDir.resolve("outbox"),
              // the 500 ms default is for production; a loaded test machine needs a margin, or a
              // treated customer's message may go out with no products at all
              "--c360.activation.recommendations.timeout=5s");
      default -> List.of();
    };
  }

  /** The blob store's local directory, shared by every service (files to import, score files). */
  Path blobRoot() {
    return blobRoot;
  }

  SegmentApi segment() {
    return new SegmentApi(port(Service.INGEST), credentials.writeKey());
  }

  /** The browser route into ingest: a shop page on another origin, in headless Chromium. */
  BrowserSdk browserSdk() {
    return new BrowserSdk("http://localhost:" + port(Service.INGEST), credentials.writeKey());
  }

  /** {@code kill -9} of a running service. */
  void kill(Service service) {
    ServiceProcess process = services.remove(service);
    if (process == null) {
      throw new IllegalStateException(service + " is not running");
    }
    lastLaunch.put(service, process.launch());
    process.kill();
  }

  /** Starts a killed service again, as it was launched, on the same port; waits until ready. */
  void restart(Service service) {
    ServiceProcess.Launch launch = lastLaunch.get(service);
    if (launch == null) {
      throw new IllegalStateException(service + " was not killed");
    }
    ServiceProcess process = ServiceProcess.start(launch);
    services.put(service, process);
    process.awaitReady(START_TIMEOUT);
  }

  /**
   * Puts a file into the blob store, imports it through ingest's {@code POST /v1/imports} as an
   * admin, and waits up to {@code timeout} for its report to end; returns the final report.
   */
  JsonNode importFile(String kind, String key, String content, Duration timeout) {
    try {
      Path file = blobRoot.resolve(key);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return awaitImport(startImport(kind, key), timeout);
  }

  /**
   * Imports a file already in the blob store: {@code POST /v1/imports} as an admin; returns the
   * import's id without waiting for it.
   */
  String startImport(String kind, String key) {
    Response started =
        api(Service.INGEST)
            .post("/v1/imports", Requests.importFile(kind, key), credentials.adminToken());
    if (started.status() != 202) {
      throw new AssertionError("import of " + key + " answered " + started.body());
    }
    return started.json().path("importId").asString();
  }

  /** The import's report as {@code GET /v1/imports/{id}} answers it now. */
  JsonNode importReport(String importId) {
    Response answer = api(Service.INGEST).get("/v1/imports/" + importId, credentials.adminToken());
    if (answer.status() != 200) {
      throw new AssertionError("report of import " + importId + " answered " + answer.body());
    }
    return answer.json();
  }

  /** Waits up to {@code timeout} for the import to end; returns its final report. */
  JsonNode awaitImport(String importId, Duration timeout) {
    JsonNode[] report = new JsonNode[1];
    Eventually.within(
        timeout,
        () -> {
          report[0] = importReport(importId);
          if (!Set.of("COMPLETED", "FAILED").contains(report[0].path("status").asString())) {
            throw new AssertionError("import still " + report[0]);
          }
        });
    return report[0];
  }

  ApiClient api(Service service) {
    return new ApiClient(port(service));
  }

  int port(Service service) {
    ServiceProcess process = services.get(service);
    if (process == null) {
      throw new IllegalStateException(service + " is not running");
    }
    return process.port();
  }

  /** Stops every service that was started: all are told to stop, then each is waited for. */
  @Override
  public synchronized void close() {
    List<ServiceProcess> started = new ArrayList<>(services.values());
    Collections.reverse(started);
    started.forEach(ServiceProcess::requestStop);
    started.forEach(ServiceProcess::close);
    services.clear();
  }
}
