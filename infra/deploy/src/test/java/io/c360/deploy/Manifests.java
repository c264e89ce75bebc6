package io.c360.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Kubernetes objects of a kustomize directory: rendered with {@code kubectl kustomize} when
 * kubectl is installed, otherwise the YAML files of the directory and of the directories it lists
 * as resources (patches and generators are then not applied).
 */
record Manifests(List<Map<String, Object>> objects, boolean rendered) {

  static Manifests of(String kustomizeDir) {
    Path dir = Repository.file(kustomizeDir);
    Optional<Path> kubectl = Tools.find("kubectl");
    if (kubectl.isPresent()) {
      try {
        Tools.Result result =
            Tools.run(
                Repository.root(),
                Map.of(),
                List.of(kubectl.get().toString(), "kustomize", dir.toString()));
        if (result.exitCode() != 0) {
          throw new IllegalStateException(
              "kubectl kustomize " + kustomizeDir + " failed:\n" + result.output());
        }
        return new Manifests(Yaml.documents(result.output()), true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return new Manifests(loadFiles(dir), false);
  }

  private static List<Map<String, Object>> loadFiles(Path dir) {
    List<Map<String, Object>> objects = new ArrayList<>();
    Path kustomization = dir.resolve("kustomization.yaml");
    for (Object resource : Yaml.list(Yaml.document(read(kustomization)), "resources")) {
      Path path = dir.resolve(resource.toString()).normalize();
      if (Files.isDirectory(path)) {
        objects.addAll(loadFiles(path));
      } else {
        objects.addAll(Yaml.documents(read(path)));
      }
    }
    return objects;
  }

  private static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Stream<Map<String, Object>> ofKind(String kind) {
    return objects.stream().filter(o -> kind.equals(o.get("kind")));
  }

  Optional<Map<String, Object>> find(String kind, String name) {
    return ofKind(kind).filter(o -> name.equals(Yaml.string(o, "metadata.name"))).findFirst();
  }

  /** Deployments and StatefulSets: what runs long-lived pods. */
  Stream<Map<String, Object>> workloads() {
    return objects.stream()
        .filter(o -> "Deployment".equals(o.get("kind")) || "StatefulSet".equals(o.get("kind")));
  }
}
