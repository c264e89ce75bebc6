package io.c360.scoring.registry.web;

import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.problem.InvalidRequestException;
import io.c360.scoring.registry.Champion;
import io.c360.scoring.registry.ModelRegistry;
import io.c360.scoring.registry.ModelVersion;
import io.c360.scoring.registry.StoredDefinition;
import io.c360.scoring.training.Metrics;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Model definitions, trained versions and promotion. */
@RestController
@RequestMapping("/v1/models")
class ModelController {

  private final ModelRegistry registry;

  ModelController(ModelRegistry registry) {
    this.registry = registry;
  }

  /** A model at a glance. */
  record ModelSummary(
      String name,
      String description,
      int definitionVersion,
      @Nullable Integer champion,
      @Nullable Instant championSince,
      List<VersionSummary> versions) {}

  /**
   * A trained version at a glance: whether it is the champion now, whether it earned champion on
   * arrival ({@code promoted}) and why ({@code decision}), whether its served scores are
   * calibrated, and its report's warnings.
   */
  record VersionSummary(
      int version,
      Instant trainedAt,
      double testRocAuc,
      double testPrAuc,
      boolean champion,
      @Nullable Boolean promoted,
      @Nullable String decision,
      boolean calibrated,
      List<String> warnings) {}

  /** A model in full: its definition and champion history. */
  record ModelDetails(
      StoredDefinition definition, @Nullable Champion champion, List<VersionSummary> versions) {}

  record PromoteRequest(@Nullable Integer version, @Nullable String reason) {}

  @Operation(summary = "Every model definition with its champion")
  @GetMapping
  List<ModelSummary> models() {
    return registry.definitions().stream().map(this::summary).toList();
  }

  @Operation(summary = "Create a model definition, or a new version of one")
  @PostMapping
  ResponseEntity<StoredDefinition> create(
      @RequestBody ModelDefinition definition, Principal principal) {
    StoredDefinition stored = registry.saveDefinition(definition, principal.getName());
    return ResponseEntity.created(URI.create("/v1/models/" + stored.name())).body(stored);
  }

  @Operation(summary = "A model: its definition, versions and champion history")
  @GetMapping("/{name}")
  ModelDetails model(@PathVariable String name) {
    StoredDefinition definition = registry.definition(name);
    Champion champion = registry.champion(name).orElse(null);
    return new ModelDetails(definition, champion, versions(name, champion));
  }

  @Operation(
      summary =
          "One trained version: metrics against the baselines, importance, calibration, decision")
  @GetMapping("/{name}/versions/{version}")
  ModelVersion version(@PathVariable String name, @PathVariable int version) {
    registry.definition(name);
    return registry.version(name, version);
  }

  @Operation(summary = "Make a version the champion (one that did not earn it needs a reason)")
  @PostMapping("/{name}/promote")
  Champion promote(
      @PathVariable String name, @RequestBody PromoteRequest request, Principal principal) {
    if (request.version() == null) {
      throw new InvalidRequestException("'version' is required: the version to make champion");
    }
    registry.definition(name);
    return registry.promoteOnRequest(
        name, request.version(), principal.getName(), request.reason());
  }

  @Operation(summary = "Make the previous champion the champion again")
  @PostMapping("/{name}/rollback")
  Champion rollback(@PathVariable String name, Principal principal) {
    registry.definition(name);
    return registry.rollback(name, principal.getName());
  }

  private ModelSummary summary(StoredDefinition definition) {
    Champion champion = registry.champion(definition.name()).orElse(null);
    return new ModelSummary(
        definition.name(),
        definition.definition().description(),
        definition.version(),
        champion == null ? null : champion.version(),
        champion == null ? null : champion.since(),
        versions(definition.name(), champion));
  }

  private List<VersionSummary> versions(String name, @Nullable Champion champion) {
    return registry.versions(name).stream()
        .map(
            v -> {
              Metrics test = v.report().model();
              return new VersionSummary(
                  v.version(),
                  v.trainedAt(),
                  test.rocAuc(),
                  test.prAuc(),
                  champion != null && champion.version() == v.version(),
                  v.decision() == null ? null : v.decision().promoted(),
                  v.decision() == null ? null : v.decision().reason(),
                  v.report().calibration() != null,
                  v.report().warnings());
            })
        .toList();
  }
}
