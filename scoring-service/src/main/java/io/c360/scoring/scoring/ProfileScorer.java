package io.c360.scoring.scoring;

import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoreReason;
import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.model.ModelDefinition;
import io.c360.scoring.registry.ModelRegistry;
import io.c360.scoring.registry.ModelRegistry.LoadedModel;
import io.c360.scoring.registry.ModelVersion;
import io.c360.scoring.registry.StoredDefinition;
import io.c360.scoring.training.Reason;
import io.c360.scoring.training.Score;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Scores histories with each model's champion: features as of the scoring time (the same function
 * training used), the probability and the top three reasons. A profile outside a model's population
 * at that time gets no score for it.
 */
@Component
public class ProfileScorer {

  private final ModelRegistry registry;

  ProfileScorer(ModelRegistry registry) {
    this.registry = registry;
  }

  /** The champions of the given models (every model when empty) that exist. */
  public List<LoadedModel> champions(Collection<String> models) {
    List<LoadedModel> champions = new ArrayList<>();
    for (StoredDefinition definition : registry.definitions()) {
      if (models.isEmpty() || models.contains(definition.name())) {
        registry.championModel(definition.name()).ifPresent(champions::add);
      }
    }
    return champions;
  }

  /**
   * Why each of the given models (every model when empty) has no champion and is not scored: never
   * trained, or its versions were registered without earning champion. Models with a champion are
   * left out.
   */
  public Map<String, String> withoutChampion(Collection<String> models) {
    Map<String, String> reasons = new LinkedHashMap<>();
    for (StoredDefinition definition : registry.definitions()) {
      String name = definition.name();
      if ((models.isEmpty() || models.contains(name)) && registry.champion(name).isEmpty()) {
        List<ModelVersion> versions = registry.versions(name);
        reasons.put(
            name,
            versions.isEmpty()
                ? "no champion: the model has not been trained yet (POST /v1/models/"
                    + name
                    + "/training-jobs)"
                : "no champion: v"
                    + versions.getLast().version()
                    + " was registered but not promoted ("
                    + decision(versions.getLast())
                    + "); an admin can promote a version with a reason (POST /v1/models/"
                    + name
                    + "/promote)");
      }
    }
    return reasons;
  }

  private static String decision(ModelVersion version) {
    return version.decision() == null ? "no decision recorded" : version.decision().reason();
  }

  /** Scores of one model for the histories: eligible ones scored, the others listed. */
  public ModelScores score(
      LoadedModel champion, Collection<CustomerHistory> histories, Instant asOf) {
    ModelDefinition definition = champion.version().definition();
    List<String> features = champion.version().features();
    List<CustomerHistory> eligible = new ArrayList<>();
    List<String> ineligible = new ArrayList<>();
    List<float[]> rows = new ArrayList<>();
    for (CustomerHistory history : histories) {
      if (definition.population().eligible(history, asOf)) {
        eligible.add(history);
        rows.add(Features.compute(history, asOf, features));
      } else {
        ineligible.add(history.profileId());
      }
    }
    List<Score> scores = rows.isEmpty() ? List.of() : champion.model().score(rows);
    List<ScoredProfile> scored = new ArrayList<>(eligible.size());
    for (int i = 0; i < eligible.size(); i++) {
      scored.add(
          new ScoredProfile(
              eligible.get(i).profileId(),
              toProfileScore(champion, scores.get(i), asOf),
              rows.get(i)));
    }
    return new ModelScores(champion, scored, ineligible);
  }

  /** A model's score as stored on the profile and published: probability, version, reasons. */
  public static ProfileScore toProfileScore(LoadedModel model, Score score, Instant asOf) {
    List<ScoreReason> reasons = new ArrayList<>();
    for (Reason reason : score.reasons()) {
      reasons.add(
          new ScoreReason(
              reason.feature(),
              Float.isNaN(reason.value()) ? null : (double) reason.value(),
              reason.contribution()));
    }
    return new ProfileScore(
        model.version().model(), model.version().version(), score.probability(), asOf, reasons);
  }

  /** The loaded champion of one model. */
  public Optional<LoadedModel> champion(String model) {
    registry.definition(model);
    return registry.championModel(model);
  }

  /** One model's scores of a set of histories. */
  public record ModelScores(
      LoadedModel model, List<ScoredProfile> scored, List<String> ineligible) {}

  /** One profile's score, with the feature row it was computed from. */
  public record ScoredProfile(String profileId, ProfileScore score, float[] features) {}
}
