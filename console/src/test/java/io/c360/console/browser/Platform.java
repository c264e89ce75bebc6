package io.c360.console.browser;

import io.c360.console.ConsoleApplication;
import io.c360.devstack.DevStack;
import io.c360.devstack.FreePorts;
import io.c360.devstack.test.DevStackExtension;
import io.c360.platform.security.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * What {@code ./c360 up} runs, once per test JVM: the five services from their jars (child JVMs,
 * started at once) on the shared devstack, and the console in this JVM pointing at them with a
 * token of its own and four local users (one per role) whose passwords exist only here. Child JVMs
 * because each service is a Spring Boot application with its own {@code application.yml} and
 * dependencies; one classpath cannot hold them all.
 */
final class Platform {

  static final String[] SERVICES = {
    "ingest", "identity", "scoring", "recommendation", "activation"
  };

  /** Ten minutes by default: on two cores shared with other builds a service took five to start. */
  private static final Duration START_TIMEOUT =
      Duration.ofSeconds(Long.getLong("c360.console.it.start-timeout-seconds", 600));

  private static final Path DIR =
      Path.of(System.getProperty("c360.console.it.logs", "target/service-logs"));

  private static @Nullable Platform instance;
  private static @Nullable RuntimeException failure;

  final DevStack stack;
  final String writeKey = secret();
  final String adminToken = secret();
  final Map<String, String> passwords = new LinkedHashMap<>();
  private final String consoleToken = secret();
  private final String appToken = secret();
  private final Map<String, ServiceJar> services = new LinkedHashMap<>();
  private @Nullable ConfigurableApplicationContext console;
  private int consolePort;

  private Platform(DevStack stack) {
    this.stack = stack;
    for (String role : List.of("marketer", "analyst", "admin", "steward")) {
      passwords.put(role, secret());
    }
  }

  /** The running platform, started on first use; a failed start fails every later caller. */
  static synchronized Platform get() {
    if (failure != null) {
      throw new IllegalStateException("the platform failed to start earlier", failure);
    }
    if (instance == null) {
      Platform platform = new Platform(DevStackExtension.stack());
      Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "console-it-stop"));
      try {
        platform.start();
      } catch (RuntimeException e) {
        failure = e;
        platform.stop();
        throw e;
      }
      instance = platform;
    }
    return instance;
  }

  String consoleUrl() {
    return "http://localhost:" + consolePort;
  }

  /** The services' blob store (a local directory): where an import's file is put. */
  Path blobs() {
    return DIR.resolve("blobs").toAbsolutePath();
  }

  int port(String service) {
    return services.get(service).port();
  }

  private void start() {
    Path dir = DIR;
    Path security = dir.resolve("security.yml");
    try {
      Files.createDirectories(dir);
      Files.writeString(security, securityYaml());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int[] ports = FreePorts.pick(SERVICES.length);
    for (int i = 0; i < SERVICES.length; i++) {
      services.put(SERVICES[i], null);
    }
    for (int i = 0; i < SERVICES.length; i++) {
      services.put(
          SERVICES[i],
          ServiceJar.start(
              SERVICES[i],
              ports[i],
              arguments(SERVICES[i], security, dir),
              environment(ports),
              dir));
    }
    services.values().forEach(s -> s.awaitReady(START_TIMEOUT));
    startConsole();
  }

  private List<String> arguments(String service, Path security, Path dir) {
    List<String> arguments = new ArrayList<>();
    arguments.add("--spring.config.additional-location=file:" + security.toAbsolutePath());
    arguments.add("--spring.kafka.bootstrap-servers=" + stack.kafkaBootstrapServers());
    arguments.add("--c360.aws.dynamodb.endpoint=" + stack.dynamoDbEndpoint());
    arguments.add("--c360.aws.region=us-east-1");
    arguments.add("--c360.tables.prefix=" + stack.tablePrefix());
    arguments.add("--c360.blobstore.local.root=" + dir.resolve("blobs").toAbsolutePath());
    if (service.equals("activation")) {
      arguments.add(
          "--c360.activation.delivery.outbox.file.directory="
              + dir.resolve("outbox").toAbsolutePath());
      arguments.add("--c360.activation.recommendations.timeout=5s");
    }
    if (service.equals("recommendation")) {
      arguments.add("--c360.recommendation.embedded.rebuild-interval=5s");
    }
    return arguments;
  }

  private Map<String, String> environment(int[] ports) {
    return Map.of(
        "AWS_ACCESS_KEY_ID", "local",
        "AWS_SECRET_ACCESS_KEY", "local",
        "AWS_REGION", "us-east-1",
        "C360_RECOMMENDATION_TOKEN", appToken,
        "C360_RECOMMENDATION_URL", "http://localhost:" + ports[3]);
  }

  private String securityYaml() {
    return """
        c360:
          security:
            sources:
              - name: web
                write-key-sha256: %s
            tokens:
              - name: it-admin
                sha256: %s
                roles: [admin]
              - name: it-console
                sha256: %s
                roles: [marketer, analyst, admin]
              - name: it-app
                sha256: %s
                roles: [app]
        """
        .formatted(
            Sha256.hex(writeKey),
            Sha256.hex(adminToken),
            Sha256.hex(consoleToken),
            Sha256.hex(appToken));
  }

  private void startConsole() {
    var encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    List<String> arguments = new ArrayList<>();
    arguments.add("--server.port=0");
    arguments.add("--spring.profiles.active=test");
    arguments.add("--c360.console.services.token=" + consoleToken);
    for (String service : SERVICES) {
      arguments.add("--c360.console.services." + service + "=" + services.get(service).url());
    }
    int i = 0;
    for (var user : passwords.entrySet()) {
      String prefix = "--c360.console.security.users[" + i++ + "].";
      arguments.add(prefix + "username=" + user.getKey());
      arguments.add(prefix + "password-hash=" + encoder.encode(user.getValue()));
      arguments.add(prefix + "roles=" + user.getKey());
    }
    console =
        new SpringApplicationBuilder(ConsoleApplication.class)
            .run(arguments.toArray(String[]::new));
    consolePort =
        Integer.parseInt(console.getEnvironment().getRequiredProperty("local.server.port"));
  }

  private synchronized void stop() {
    if (console != null) {
      console.close();
      console = null;
    }
    services.values().stream().filter(s -> s != null).forEach(ServiceJar::requestStop);
    services.values().stream().filter(s -> s != null).forEach(ServiceJar::close);
    services.clear();
  }

  private static String secret() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
