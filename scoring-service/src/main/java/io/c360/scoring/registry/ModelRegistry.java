package io.c360.scoring.registry;

import io.c360.platform.blob.BlobStore;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.problem.ConflictException;
import io.c360.scoring.problem.InvalidRequestException;
import io.c360.scoring.problem.UnknownResourceException;
import io.c360.scoring.training.Calibration;
import io.c360.scoring.training.ScoringModel;
import io.c360.scoring.training.TrainedModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned model registry: definitions, trained versions (artifact and metadata in the blob
 * store under {@code models/<name>/v<n>/}, metadata also in the registry store), and the champion
 * of each model. A new version becomes champion only when it earns it ({@link PromotionGate}: it
 * beats its own baselines by a margin and the current champion on the same test rows), or when an
 * admin promotes it, with a reason when it did not earn it; a rollback goes back to the previous
 * champion. A version is served with the calibration stored in its metadata.
 */
public class ModelRegistry {

  private static final Logger log = LoggerFactory.getLogger(ModelRegistry.class);
  private static final String SYSTEM = "scoring-service";

  private final RegistryStore store;
  private final BlobStore blobs;
  private final JsonMapper json;
  private final Clock clock;
  private final PromotionGate gate;
  private final Map<String, LoadedModel> loaded = new ConcurrentHashMap<>();

  public ModelRegistry(
      RegistryStore store, BlobStore blobs, JsonMapper json, Clock clock, double promotionMargin) {
    this.store = store;
    this.blobs = blobs;
    this.json = json;
    this.clock = clock;
    this.gate = new PromotionGate(promotionMargin);
  }

  // ---- definitions ----

  public List<StoredDefinition> definitions() {
    return store.latestDefinitions();
  }

  public StoredDefinition definition(String model) {
    return store
        .latestDefinition(model)
        .orElseThrow(() -> new UnknownResourceException("no model named '" + model + "'"));
  }

  /** Stores a new version of a definition, after validating it. */
  public StoredDefinition saveDefinition(ModelDefinition definition, String by) {
    List<String> problems = definition.problems();
    if (!problems.isEmpty()) {
      throw new InvalidRequestException(
          "the model definition is not valid: " + String.join("; ", problems), problems);
    }
    for (int attempt = 0; attempt < 5; attempt++) {
      int next = store.latestDefinition(definition.name()).map(d -> d.version() + 1).orElse(1);
      StoredDefinition stored = new StoredDefinition(definition, next, clock.instant(), by);
      if (store.addDefinition(stored)) {
        return stored;
      }
    }
    throw new ConflictException(
        "definition of '" + definition.name() + "' changed concurrently; retry");
  }

  /**
   * Adds a shipped definition when the store has none of that name, or a new version when the
   * newest stored one also came from configuration and differs (a definition created through the
   * API is left alone).
   */
  public void seed(ModelDefinition shipped) {
    Optional<StoredDefinition> latest = store.latestDefinition(shipped.name());
    if (latest.isEmpty()
        || (latest.get().createdBy().equals("config")
            && !latest.get().definition().equals(shipped))) {
      saveDefinition(shipped, "config");
      log.info("model definition {} loaded from configuration", shipped.name());
    }
  }

  // ---- versions ----

  public List<ModelVersion> versions(String model) {
    definition(model);
    return store.versions(model);
  }

  public ModelVersion version(String model, int version) {
    return store
        .version(model, version)
        .orElseThrow(
            () -> new UnknownResourceException("model '" + model + "' has no version " + version));
  }

  /**
   * Registers a trained model as the next version and decides whether it becomes champion: only
   * when its test ROC AUC beats every baseline of its report by the margin and the current champion
   * (if any) on the same test rows. Otherwise it is registered with the reason, not promoted.
   */
  public ModelVersion register(TrainedModel trained, StoredDefinition definition, String jobId) {
    String model = definition.name();
    byte[] artifact = trained.booster();
    for (int attempt = 0; attempt < 5; attempt++) {
      int next = store.versions(model).stream().mapToInt(ModelVersion::version).max().orElse(0) + 1;
      String prefix = "models/" + model + "/v" + next + "/";
      ModelVersion version =
          new ModelVersion(
              model,
              next,
              clock.instant(),
              jobId,
              definition.version(),
              definition.definition(),
              trained.features(),
              trained.report(),
              prefix + "model.ubj",
              null);
      if (!store.addVersion(version)) {
        continue;
      }
      try {
        blobs.put(version.artifactKey(), new ByteArrayInputStream(artifact), artifact.length);
      } catch (IOException e) {
        throw new UncheckedIOException("could not store the model artifact", e);
      }
      ModelVersion decided = version.withDecision(decide(version));
      store.updateVersion(decided);
      writeMetadata(decided);
      if (decided.decision().promoted()) {
        promote(model, next, SYSTEM, decided.decision().reason(), null);
      }
      return decided;
    }
    throw new ConflictException("could not allocate a version of '" + model + "'; retry");
  }

  private ModelVersion.PromotionDecision decide(ModelVersion challenger) {
    Integer champion = store.champion(challenger.model()).map(Champion::version).orElse(null);
    return gate.decide(challenger.report(), champion);
  }

  private void writeMetadata(ModelVersion version) {
    byte[] metadata = json.writerWithDefaultPrettyPrinter().writeValueAsBytes(version);
    String key = version.artifactKey().replace("model.ubj", "metadata.json");
    try {
      blobs.put(key, new ByteArrayInputStream(metadata), metadata.length);
    } catch (IOException e) {
      throw new UncheckedIOException("could not store the model metadata", e);
    }
  }

  // ---- champions ----

  public Optional<Champion> champion(String model) {
    return store.champion(model);
  }

  /**
   * An explicit promotion by {@code by}. A version that did not earn champion on arrival needs a
   * reason (400 without one); the promotion then records that it overrode the gate, and why the
   * gate had refused.
   */
  public Champion promoteOnRequest(String model, int version, String by, @Nullable String reason) {
    ModelVersion.PromotionDecision decision = version(model, version).decision();
    boolean earned = decision != null && decision.promoted();
    boolean hasReason = reason != null && !reason.isBlank();
    if (!earned && !hasReason) {
      throw new InvalidRequestException(
          "v"
              + version
              + " of '"
              + model
              + "' did not earn champion ("
              + (decision == null ? "no promotion decision recorded" : decision.reason())
              + "); give a 'reason' to promote it anyway",
          List.of("'reason' is required to promote a version that did not earn champion"));
    }
    String why = hasReason ? reason : "promoted by " + by;
    return promote(
        model, version, by, why, earned ? null : decision == null ? "" : decision.reason());
  }

  /**
   * Makes a version the champion (on arrival, an explicit promotion, or a rollback to an older
   * version); {@code overrode} is the gate's refusal when the promotion forces a version that did
   * not earn it, else null.
   */
  Champion promote(String model, int version, String by, String reason, @Nullable String overrode) {
    version(model, version);
    for (int attempt = 0; attempt < 5; attempt++) {
      Optional<Champion> current = store.champion(model);
      if (current.isPresent() && current.get().version() == version) {
        return current.get();
      }
      Champion next =
          current
              .map(c -> c.next(version, clock.instant(), by, reason, overrode))
              .orElseGet(
                  () -> Champion.first(model, version, clock.instant(), by, reason, overrode));
      if (store.replaceChampion(next, current.orElse(null))) {
        log.info("model {} v{} is champion: {}", model, version, reason);
        return next;
      }
    }
    throw new ConflictException("the champion of '" + model + "' changed concurrently; retry");
  }

  /** Goes back to the champion before the current one. */
  public Champion rollback(String model, String by) {
    Champion current =
        store
            .champion(model)
            .orElseThrow(
                () -> new ConflictException("model '" + model + "' has no champion to roll back"));
    Integer previous = current.history().getLast().previous();
    if (previous == null) {
      throw new ConflictException(
          "model '"
              + model
              + "' has had only one champion (v"
              + current.version()
              + "); there is nothing to roll back to");
    }
    return promote(model, previous, by, "rollback from v" + current.version(), null);
  }

  /** The champion's loaded model, if the model has one. */
  public Optional<LoadedModel> championModel(String model) {
    return store.champion(model).map(c -> load(model, c.version()));
  }

  /**
   * A version's loaded model: its metadata and artifact are read once, then kept (a registered
   * version's definition, features and artifact never change).
   */
  public LoadedModel load(String model, int version) {
    return loaded.computeIfAbsent(
        model + "@" + version,
        key -> {
          ModelVersion meta = version(model, version);
          Calibration calibration = meta.report().calibration();
          try (InputStream in = blobs.open(meta.artifactKey())) {
            return new LoadedModel(
                meta,
                ScoringModel.load(
                    in.readAllBytes(),
                    meta.features(),
                    calibration == null ? null : calibration.calibrator()));
          } catch (IOException e) {
            throw new UncheckedIOException(
                "could not read the artifact of " + model + " v" + version, e);
          }
        });
  }

  /** A registry version with its model ready to score. */
  public record LoadedModel(ModelVersion version, ScoringModel model) {}
}
