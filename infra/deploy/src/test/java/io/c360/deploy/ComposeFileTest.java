package io.c360.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** docker-compose.yml and docker-compose.aws.yml: services, ports, health checks, dependencies. */
class ComposeFileTest {

  private static final String ADMIN_HASH = "0".repeat(64);
  private static final String WRITE_KEY_HASH = "1".repeat(64);

  private final Map<String, Object> compose = Yaml.document(Repository.read("docker-compose.yml"));
  private final Map<String, Object> aws = Yaml.document(Repository.read("docker-compose.aws.yml"));

  private Map<String, Object> service(String name) {
    Map<String, Object> service = Yaml.map(compose, "services." + name);
    assertThat(service).as("service %s in docker-compose.yml", name).isNotEmpty();
    return service;
  }

  @Test
  void runsEveryServiceWithKafkaDynamoDbLocalAndTheirInitialisation() {
    List<String> expected = new ArrayList<>(Repository.SERVICES);
    expected.add("console");
    expected.addAll(List.of("kafka", "dynamodb", "kafka-init", "dynamodb-init"));
    assertThat(Yaml.map(compose, "services").keySet())
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void runsKafkaInKraftModeAndDynamoDbLocalFromPinnedImages() {
    Map<String, Object> kafka = service("kafka");
    assertThat(Yaml.string(kafka, "image")).isEqualTo("apache/kafka:4.2.1");
    assertThat(Yaml.string(kafka, "environment.KAFKA_PROCESS_ROLES"))
        .isEqualTo("broker,controller");
    assertThat(Yaml.string(kafka, "environment.KAFKA_ADVERTISED_LISTENERS"))
        .contains("PLAINTEXT://kafka:9092");
    assertThat(Yaml.string(service("dynamodb"), "image")).startsWith("amazon/dynamodb-local:");
    assertThat(Yaml.list(service("dynamodb"), "command")).contains("-sharedDb");
    for (String name : Yaml.map(compose, "services").keySet()) {
      String image = Yaml.string(service(name), "image");
      assertThat(image).as("image of %s", name).isNotNull().matches(".+:[^:/]+$");
      assertThat(image).as("image of %s", name).doesNotEndWith(":latest");
    }
  }

  @Test
  void checksTheHealthOfKafkaAndDynamoDbAndInitialisesAfterThem() {
    assertThat(Yaml.list(service("kafka"), "healthcheck.test").toString())
        .contains("kafka-broker-api-versions.sh");
    assertThat(Yaml.list(service("dynamodb"), "healthcheck.test").toString())
        .contains("localhost:8000");
    assertThat(Yaml.string(service("kafka-init"), "depends_on.kafka.condition"))
        .isEqualTo("service_healthy");
    assertThat(Yaml.string(service("dynamodb-init"), "depends_on.dynamodb.condition"))
        .isEqualTo("service_healthy");
    assertThat(Yaml.list(service("kafka-init"), "entrypoint").toString())
        .contains("/c360-init/create-topics.sh");
    assertThat(Yaml.list(service("dynamodb-init"), "entrypoint").toString())
        .contains("/c360-init/create-tables.sh");
  }

  @Test
  void buildsEachServiceFromItsJarWithTheSharedDockerfile() {
    for (String name : Repository.SERVICES) {
      Map<String, Object> service = service(name);
      assertThat(Yaml.string(service, "build.dockerfile")).isEqualTo("infra/docker/Dockerfile");
      assertThat(Yaml.string(service, "build.context")).isEqualTo(".");
      assertThat(Yaml.string(service, "build.args.SERVICE")).as(name).isEqualTo(name);
    }
    assertThat(Files.exists(Repository.file("infra/docker/Dockerfile"))).isTrue();
  }

  @Test
  void exposesEachServiceOnItsPortWithAReadinessHealthCheck() {
    for (String name : Repository.SERVICES) {
      int port = Repository.port(name);
      Map<String, Object> service = service(name);
      assertThat(Yaml.list(service, "ports")).as("ports of %s", name).contains(port + ":" + port);
      assertThat(Yaml.list(service, "healthcheck.test").toString())
          .as("health check of %s", name)
          .contains("http://localhost:" + port + "/actuator/health/readiness");
    }
  }

  @Test
  void startsEachServiceOnceKafkaAndDynamoDbAreHealthyAndInitialised() {
    for (String name : Repository.SERVICES) {
      Map<String, Object> dependsOn = Yaml.map(service(name), "depends_on");
      assertThat(Yaml.string(dependsOn, "kafka.condition")).as(name).isEqualTo("service_healthy");
      assertThat(Yaml.string(dependsOn, "dynamodb.condition"))
          .as(name)
          .isEqualTo("service_healthy");
      assertThat(Yaml.string(dependsOn, "kafka-init.condition"))
          .as(name)
          .isEqualTo("service_completed_successfully");
      assertThat(Yaml.string(dependsOn, "dynamodb-init.condition"))
          .as(name)
          .isEqualTo("service_completed_successfully");
    }
  }

  @Test
  void runsEachServiceWithTheDockerProfileThatEveryApplicationYmlDefines() {
    for (String name : Repository.SERVICES) {
      assertThat(Yaml.string(service(name), "environment.SPRING_PROFILES_ACTIVE"))
          .as(name)
          .contains("docker");
      Path applicationYml = Repository.file(name + "/src/main/resources/application.yml");
      if (!Files.exists(applicationYml)) {
        continue; // a service not written yet on this branch (activation-service)
      }
      boolean hasDockerProfile =
          Yaml.documents(Repository.read(name + "/src/main/resources/application.yml")).stream()
              .anyMatch(d -> "docker".equals(Yaml.string(d, "spring.config.activate.on-profile")));
      assertThat(hasDockerProfile).as("%s has a docker profile document", name).isTrue();
    }
  }

  @Test
  void keepsNoSecretInTheComposeFiles() {
    for (Map<String, Object> file : List.of(compose, aws)) {
      for (Map.Entry<String, Object> service : Yaml.map(file, "services").entrySet()) {
        Map<String, Object> environment = Yaml.map(service.getValue(), "environment");
        for (Map.Entry<String, Object> variable : environment.entrySet()) {
          String value = variable.getValue() == null ? "" : variable.getValue().toString();
          String where = service.getKey() + " " + variable.getKey() + "=" + value;
          assertThat(Secrets.looksLikeSecretValue(value)).as(where).isFalse();
          if (Secrets.looksLikeSecretName(variable.getKey()) && !value.isEmpty()) {
            assertThat(
                    Secrets.isInterpolation(value)
                        || value.equals(Secrets.DYNAMODB_LOCAL_PLACEHOLDER))
                .as("%s must come from the environment or .env", where)
                .isTrue();
          }
        }
      }
    }
    assertThat(Repository.read(".gitignore").lines()).contains(".env");
    String example = Repository.read(".env.example");
    assertThat(example)
        .contains(
            "C360_ADMIN_TOKEN_SHA256=\n",
            "C360_WRITE_KEY_SHA256=\n",
            "C360_APP_TOKEN=\n",
            "C360_APP_TOKEN_SHA256=\n");
    assertThat(Secrets.looksLikeSecretValue(example)).isFalse();
  }

  @Test
  void requiresTheCredentialHashesInsteadOfDefaultingThem() {
    assertThat(Yaml.string(service("ingest-service"), "environment.C360_SECURITY_TOKENS_0_SHA256"))
        .startsWith("${C360_ADMIN_TOKEN_SHA256:?");
    assertThat(
            Yaml.string(
                service("ingest-service"), "environment.C360_SECURITY_SOURCES_0_WRITEKEYSHA256"))
        .startsWith("${C360_WRITE_KEY_SHA256:?");
    // activation-service presents the app token to recommendation-service, which knows its hash
    assertThat(Yaml.string(service("activation-service"), "environment.C360_RECOMMENDATION_TOKEN"))
        .startsWith("${C360_APP_TOKEN:?");
    assertThat(
            Yaml.string(
                service("recommendation-service"), "environment.C360_SECURITY_TOKENS_2_SHA256"))
        .startsWith("${C360_APP_TOKEN_SHA256:?");
    // every service knows the console's token by its hash; the console presents the token
    for (String name : Repository.SERVICES) {
      assertThat(Yaml.string(service(name), "environment.C360_SECURITY_TOKENS_1_SHA256"))
          .as(name)
          .startsWith("${C360_CONSOLE_TOKEN_SHA256:?");
    }
    assertThat(Yaml.string(service("console"), "environment.C360_CONSOLE_TOKEN"))
        .startsWith("${C360_CONSOLE_TOKEN:?");
    assertThat(
            Yaml.string(
                service("console"), "environment.C360_CONSOLE_SECURITY_USERS_0_PASSWORDHASH"))
        .startsWith("${C360_CONSOLE_ADMIN_PASSWORD_HASH:?");
  }

  @Test
  void runsTheConsoleOnPort8080AfterTheServicesAreHealthy() {
    Map<String, Object> console = service("console");
    assertThat(Yaml.string(console, "build.args.SERVICE")).isEqualTo("console");
    assertThat(Yaml.list(console, "ports").toString()).contains(":8080");
    assertThat(Yaml.string(console, "healthcheck.test")).contains("/actuator/health/readiness");
    assertThat(Yaml.string(console, "environment.SPRING_PROFILES_ACTIVE")).contains("docker");
    for (String name : Repository.SERVICES) {
      assertThat(Yaml.string(console, "depends_on." + name + ".condition"))
          .as(name)
          .isEqualTo("service_healthy");
    }
    boolean hasDockerProfile =
        Yaml.documents(Repository.read("console/src/main/resources/application.yml")).stream()
            .anyMatch(d -> "docker".equals(Yaml.string(d, "spring.config.activate.on-profile")));
    assertThat(hasDockerProfile).isTrue();
    assertThat(Repository.read(".env.example"))
        .contains(
            "C360_CONSOLE_TOKEN=\n",
            "C360_CONSOLE_TOKEN_SHA256=\n",
            "C360_CONSOLE_ADMIN_PASSWORD_HASH=\n");
  }

  @Test
  void pointsEveryServiceAtAwsWithTheDefaultCredentialsChainInTheOverride() {
    for (String name : Repository.SERVICES) {
      Map<String, Object> environment = Yaml.map(aws, "services." + name + ".environment");
      assertThat(environment.get("SPRING_PROFILES_ACTIVE")).as(name).isEqualTo("aws");
      assertThat(environment).as(name).doesNotContainKey("C360_DYNAMODB_ENDPOINT");
      assertThat(environment.get("AWS_ACCESS_KEY_ID")).as(name).isEqualTo("${AWS_ACCESS_KEY_ID:-}");
      assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS").toString()).startsWith("${");
      assertThat(environment.get("C360_BLOBSTORE_TYPE")).as(name).isEqualTo("s3");
    }
  }

  @Test
  void isAValidComposeFileForDockerCompose() throws Exception {
    Optional<Path> dockerCompose = Tools.find("docker-compose");
    assumeTrue(dockerCompose.isPresent(), "docker-compose is not installed");
    Map<String, String> env =
        Map.ofEntries(
            Map.entry("C360_ADMIN_TOKEN_SHA256", ADMIN_HASH),
            Map.entry("C360_WRITE_KEY_SHA256", WRITE_KEY_HASH),
            Map.entry("C360_APP_TOKEN", "not-a-real-token"),
            Map.entry("C360_APP_TOKEN_SHA256", ADMIN_HASH),
            Map.entry("C360_CONSOLE_TOKEN", "not-a-real-token"),
            Map.entry("C360_CONSOLE_TOKEN_SHA256", ADMIN_HASH),
            Map.entry("C360_CONSOLE_ADMIN_PASSWORD_HASH", "{bcrypt}not-a-real-hash"),
            Map.entry("KAFKA_BOOTSTRAP_SERVERS", "b-1.example.kafka.eu-west-1.amazonaws.com:9094"),
            Map.entry("AWS_REGION", "eu-west-1"),
            Map.entry("C360_BLOB_BUCKET", "example-bucket"));
    String compose = dockerCompose.get().toString();

    Tools.Result local =
        Tools.run(
            Repository.root(), env, List.of(compose, "-f", "docker-compose.yml", "config", "-q"));
    assertThat(local.exitCode()).as(local.output()).isZero();

    Tools.Result onAws =
        Tools.run(
            Repository.root(),
            env,
            List.of(
                compose,
                "-f",
                "docker-compose.yml",
                "-f",
                "docker-compose.aws.yml",
                "config",
                "-q"));
    assertThat(onAws.exitCode()).as(onAws.output()).isZero();
  }

  @Test
  void refusesToStartWithoutTheCredentialHashes() throws Exception {
    Optional<Path> dockerCompose = Tools.find("docker-compose");
    assumeTrue(dockerCompose.isPresent(), "docker-compose is not installed");
    Path empty = Files.createTempFile("c360-empty", ".env");
    try {
      Tools.Result result =
          Tools.run(
              Repository.root(),
              Map.of(),
              List.of(
                  dockerCompose.get().toString(),
                  "--env-file",
                  empty.toString(),
                  "-f",
                  "docker-compose.yml",
                  "config",
                  "-q"));
      assertThat(result.exitCode()).isNotZero();
      assertThat(result.output()).contains("C360_ADMIN_TOKEN_SHA256");
    } finally {
      Files.delete(empty);
    }
  }
}
