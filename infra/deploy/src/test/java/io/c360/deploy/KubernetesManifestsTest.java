package io.c360.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * infra/k8s: the base and every overlay render, and every workload has probes, resources, a service
 * account and no inline secret.
 */
class KubernetesManifestsTest {

  private static final List<String> SCALED = List.of("ingest-service", "recommendation-service");

  @ParameterizedTest
  @ValueSource(strings = {"infra/k8s/base", "infra/k8s/overlays/local", "infra/k8s/overlays/aws"})
  void everyWorkloadHasLivenessAndReadinessProbesAndResourceRequestsAndLimits(String dir) {
    Manifests manifests = Manifests.of(dir);
    assertThat(manifests.workloads()).isNotEmpty();
    manifests
        .workloads()
        .forEach(
            workload -> {
              String name = Yaml.string(workload, "metadata.name");
              List<Object> containers = Yaml.list(workload, "spec.template.spec.containers");
              assertThat(containers).as(name).isNotEmpty();
              for (Object container : containers) {
                assertThat(Yaml.map(container, "livenessProbe"))
                    .as(name + " liveness")
                    .isNotEmpty();
                assertThat(Yaml.map(container, "readinessProbe"))
                    .as(name + " readiness")
                    .isNotEmpty();
                for (String resource : List.of("requests", "limits")) {
                  Map<String, Object> amounts = Yaml.map(container, "resources." + resource);
                  assertThat(amounts).as(name + " " + resource).containsKeys("cpu", "memory");
                }
              }
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"infra/k8s/base", "infra/k8s/overlays/local", "infra/k8s/overlays/aws"})
  void eachServiceProbesActuatorAndRunsAsItsOwnNonRootServiceAccount(String dir) {
    Manifests manifests = Manifests.of(dir);
    for (String service : Repository.SERVICES) {
      Map<String, Object> deployment =
          manifests.find("Deployment", service).orElseThrow(() -> new AssertionError(service));
      Map<String, Object> pod = Yaml.map(deployment, "spec.template.spec");
      Object container = Yaml.list(pod, "containers").get(0);
      assertThat(Yaml.string(container, "livenessProbe.httpGet.path"))
          .as(service)
          .isEqualTo("/actuator/health/liveness");
      assertThat(Yaml.string(container, "readinessProbe.httpGet.path"))
          .as(service)
          .isEqualTo("/actuator/health/readiness");
      assertThat(Yaml.list(container, "ports").toString())
          .as(service)
          .contains("containerPort=" + Repository.port(service));
      assertThat(Yaml.at(pod, "securityContext.runAsNonRoot")).as(service).isEqualTo(true);
      assertThat(Yaml.string(pod, "serviceAccountName")).as(service).isEqualTo(service);
      assertThat(manifests.find("ServiceAccount", service)).as(service).isPresent();
      assertThat(manifests.find("Service", service)).as(service).isPresent();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"infra/k8s/base", "infra/k8s/overlays/local", "infra/k8s/overlays/aws"})
  void keepsSecretsOutOfTheManifests(String dir) {
    Manifests manifests = Manifests.of(dir);
    assertThat(manifests.ofKind("Secret"))
        .as("Secrets are created outside the manifests")
        .isEmpty();
    manifests
        .objects()
        .forEach(
            object -> {
              String name = object.get("kind") + "/" + Yaml.string(object, "metadata.name");
              for (Object container : containersOf(object)) {
                for (Object variable : Yaml.list(container, "env")) {
                  String variableName = Yaml.string(variable, "name");
                  String value = Yaml.string(variable, "value");
                  if (value != null) {
                    assertThat(Secrets.looksLikeSecretValue(value))
                        .as(name + " " + variableName)
                        .isFalse();
                    assertThat(Secrets.looksLikeSecretName(variableName))
                        .as("%s %s must come from a secretKeyRef", name, variableName)
                        .isFalse();
                  }
                }
              }
              if ("ConfigMap".equals(object.get("kind"))) {
                Yaml.map(object, "data")
                    .forEach(
                        (key, value) -> {
                          String text = String.valueOf(value);
                          assertThat(Secrets.looksLikeSecretValue(text))
                              .as(name + " " + key)
                              .isFalse();
                          if (Secrets.looksLikeSecretName(key)) {
                            assertThat(text)
                                .as("%s %s: a secret belongs in a Secret", name, key)
                                .isEqualTo(Secrets.DYNAMODB_LOCAL_PLACEHOLDER);
                          }
                        });
              }
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"infra/k8s/base", "infra/k8s/overlays/local", "infra/k8s/overlays/aws"})
  void readsTheCredentialHashesFromTheSecret(String dir) {
    Map<String, Object> ingest =
        Manifests.of(dir).find("Deployment", "ingest-service").orElseThrow();
    Object container = Yaml.list(ingest, "spec.template.spec.containers").get(0);
    List<String> fromSecret =
        Yaml.list(container, "env").stream()
            .filter(v -> "c360-credentials".equals(Yaml.string(v, "valueFrom.secretKeyRef.name")))
            .map(v -> Yaml.string(v, "name"))
            .toList();
    assertThat(fromSecret)
        .contains("C360_SECURITY_TOKENS_0_SHA256", "C360_SECURITY_SOURCES_0_WRITEKEYSHA256");
  }

  @ParameterizedTest
  @ValueSource(strings = {"infra/k8s/base", "infra/k8s/overlays/local", "infra/k8s/overlays/aws"})
  void scalesIngestAndRecommendationAndLimitsDisruptionOfEveryService(String dir) {
    Manifests manifests = Manifests.of(dir);
    for (String service : SCALED) {
      Map<String, Object> hpa =
          manifests
              .find("HorizontalPodAutoscaler", service)
              .orElseThrow(() -> new AssertionError("no HPA for " + service));
      assertThat(Yaml.string(hpa, "spec.scaleTargetRef.kind")).isEqualTo("Deployment");
      assertThat(Yaml.string(hpa, "spec.scaleTargetRef.name")).isEqualTo(service);
      assertThat(Yaml.list(hpa, "spec.metrics")).isNotEmpty();
    }
    for (String service : Repository.SERVICES) {
      Map<String, Object> pdb =
          manifests
              .find("PodDisruptionBudget", service)
              .orElseThrow(() -> new AssertionError("no PDB for " + service));
      assertThat(Yaml.map(pdb, "spec.selector.matchLabels"))
          .containsEntry("app.kubernetes.io/name", service);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"infra/k8s/base", "infra/k8s/overlays/local", "infra/k8s/overlays/aws"})
  void runsTheConsoleOnPort8080WithItsTokenAndAdminHashFromTheSecret(String dir) {
    Manifests manifests = Manifests.of(dir);
    Map<String, Object> console =
        manifests.find("Deployment", "console").orElseThrow(() -> new AssertionError("console"));
    Map<String, Object> pod = Yaml.map(console, "spec.template.spec");
    Object container = Yaml.list(pod, "containers").get(0);
    assertThat(Yaml.list(container, "ports").toString()).contains("containerPort=8080");
    assertThat(Yaml.string(container, "readinessProbe.httpGet.path"))
        .isEqualTo("/actuator/health/readiness");
    assertThat(Yaml.at(pod, "securityContext.runAsNonRoot")).isEqualTo(true);
    assertThat(manifests.find("Service", "console")).isPresent();
    assertThat(manifests.find("PodDisruptionBudget", "console")).isPresent();
    assertThat(secretKeys(container))
        .contains("C360_CONSOLE_TOKEN", "C360_CONSOLE_ADMIN_PASSWORD_HASH");
    for (String service : Repository.SERVICES) {
      Object serviceContainer =
          Yaml.list(
                  manifests.find("Deployment", service).orElseThrow(),
                  "spec.template.spec.containers")
              .get(0);
      assertThat(secretKeys(serviceContainer)).as(service).contains("C360_CONSOLE_TOKEN_SHA256");
    }
  }

  private static List<String> secretKeys(Object container) {
    return Yaml.list(container, "env").stream()
        .filter(v -> "c360-credentials".equals(Yaml.string(v, "valueFrom.secretKeyRef.name")))
        .map(v -> Yaml.string(v, "valueFrom.secretKeyRef.key"))
        .toList();
  }

  @Test
  void theLocalOverlayRunsKafkaDynamoDbLocalAndTheInitJobsInTheCluster() {
    Manifests local = Manifests.of("infra/k8s/overlays/local");
    assertThat(local.find("StatefulSet", "kafka")).isPresent();
    assertThat(local.find("Service", "kafka")).isPresent();
    assertThat(local.find("Deployment", "dynamodb")).isPresent();
    assertThat(local.find("Service", "dynamodb")).isPresent();
    assertThat(local.find("Job", "kafka-topics")).isPresent();
    assertThat(local.find("Job", "dynamodb-tables")).isPresent();
    if (local.rendered()) {
      Map<String, Object> config = configMap(local, "c360-config");
      assertThat(Yaml.map(config, "data"))
          .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "kafka:9092")
          .containsEntry("C360_DYNAMODB_ENDPOINT", "http://dynamodb:8000");
    }
  }

  @Test
  void theAwsOverlayUsesMskDynamoDbS3AndAnIamRolePerService() {
    Manifests aws = Manifests.of("infra/k8s/overlays/aws");
    if (!aws.rendered()) {
      return; // the values below come from the overlay's generators and patches
    }
    Map<String, Object> data = Yaml.map(configMap(aws, "c360-config"), "data");
    assertThat(data)
        .containsEntry("SPRING_PROFILES_ACTIVE", "aws")
        .containsEntry("C360_BLOBSTORE_TYPE", "s3")
        .containsEntry("SPRING_KAFKA_SECURITY_PROTOCOL", "SSL")
        .doesNotContainKey("C360_DYNAMODB_ENDPOINT")
        .doesNotContainKey("AWS_ACCESS_KEY_ID");
    assertThat(data.get("KAFKA_BOOTSTRAP_SERVERS").toString()).contains(".kafka.");
    for (String service : Repository.SERVICES) {
      Map<String, Object> account = aws.find("ServiceAccount", service).orElseThrow();
      assertThat(Yaml.map(account, "metadata.annotations").get("eks.amazonaws.com/role-arn"))
          .as(service)
          .asString()
          .matches("arn:aws:iam::[^:]+:role/c360-" + service);
    }
    assertThat(aws.ofKind("StatefulSet")).as("no in-cluster Kafka on AWS").isEmpty();
  }

  private static Map<String, Object> configMap(Manifests manifests, String prefix) {
    return manifests
        .ofKind("ConfigMap")
        .filter(c -> Yaml.string(c, "metadata.name").startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no ConfigMap " + prefix));
  }

  private static List<Object> containersOf(Map<String, Object> object) {
    List<Object> containers = new java.util.ArrayList<>();
    containers.addAll(Yaml.list(object, "spec.template.spec.containers"));
    containers.addAll(Yaml.list(object, "spec.template.spec.initContainers"));
    return containers;
  }
}
