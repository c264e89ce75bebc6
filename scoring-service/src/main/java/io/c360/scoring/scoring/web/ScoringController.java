package io.c360.scoring.scoring.web;

import io.c360.common.score.ProfileScore;
import io.c360.scoring.features.CustomerHistory;
import io.c360.scoring.features.Features;
import io.c360.scoring.history.HistoryReader;
import io.c360.scoring.problem.GoneException;
import io.c360.scoring.problem.InvalidRequestException;
import io.c360.scoring.problem.UnknownResourceException;
import io.c360.scoring.registry.ModelRegistry;
import io.c360.scoring.registry.ModelRegistry.LoadedModel;
import io.c360.scoring.scoring.BatchScoring;
import io.c360.scoring.scoring.ProfileScorer;
import io.c360.scoring.scoring.ScoreStore;
import io.c360.scoring.scoring.ScoreStore.ProfileScores;
import io.c360.scoring.scoring.ScoringJob;
import io.c360.scoring.training.Score;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Scores: batch runs, a profile's scores, and ad-hoc scoring with reasons. */
@RestController
class ScoringController {

  private final BatchScoring batch;
  private final ScoreStore scores;
  private final ModelRegistry registry;
  private final HistoryReader histories;
  private final ProfileScorer scorer;
  private final Clock clock;

  ScoringController(
      BatchScoring batch,
      ScoreStore scores,
      ModelRegistry registry,
      HistoryReader histories,
      ProfileScorer scorer,
      Clock clock) {
    this.batch = batch;
    this.scores = scores;
    this.registry = registry;
    this.histories = histories;
    this.scorer = scorer;
    this.clock = clock;
  }

  record ScoringJobRequest(@Nullable List<String> models) {}

  record ProfileScoresResponse(String profileId, Map<String, ProfileScore> scores) {}

  /**
   * Either a profile id (features computed from its history now) or feature values by name (missing
   * ones are undefined); optionally a version instead of the champion.
   */
  record AdHocRequest(
      @Nullable String profileId,
      @Nullable Map<String, Double> features,
      @Nullable Integer version) {}

  record AdHocResponse(
      String model,
      int version,
      @Nullable String profileId,
      boolean eligible,
      ProfileScore score,
      Map<String, @Nullable Float> features) {}

  @Operation(summary = "Score every eligible profile with the champions (a background job)")
  @PostMapping("/v1/scoring-jobs")
  ResponseEntity<ScoringJob> start(
      @RequestBody(required = false) @Nullable ScoringJobRequest request, Principal principal) {
    List<String> models =
        request == null || request.models() == null ? List.of() : request.models();
    ScoringJob job = batch.start(models, principal.getName());
    return ResponseEntity.accepted().location(URI.create("/v1/scoring-jobs/" + job.id())).body(job);
  }

  @Operation(summary = "A scoring job with its progress")
  @GetMapping("/v1/scoring-jobs/{id}")
  ScoringJob job(@PathVariable String id) {
    return batch.get(id);
  }

  @Operation(summary = "Every scoring job")
  @GetMapping("/v1/scoring-jobs")
  List<ScoringJob> jobs() {
    return batch.all();
  }

  @Operation(summary = "A profile's latest scores with their top reasons")
  @GetMapping("/v1/scores/{profileId}")
  ProfileScoresResponse scores(@PathVariable String profileId) {
    ProfileScores found = scores.read(profileId).orElse(null);
    if (found == null) {
      if (histories.histories(List.of(profileId)).isEmpty()) {
        throw new UnknownResourceException(
            "no profile '" + profileId + "' with events in scoring's history");
      }
      return new ProfileScoresResponse(profileId, Map.of());
    }
    return switch (found.status()) {
      case ERASED -> throw new GoneException("profile '" + profileId + "' was erased");
      case MERGED ->
          throw new UnknownResourceException(
              "profile '"
                  + profileId
                  + "' was merged into another; look it up by identifier at identity-service");
      case ACTIVE -> new ProfileScoresResponse(profileId, found.scores());
    };
  }

  @Operation(summary = "Score one profile or feature vector now with the champion")
  @PostMapping("/v1/models/{name}/score")
  AdHocResponse score(@PathVariable String name, @RequestBody AdHocRequest request) {
    registry.definition(name);
    LoadedModel model =
        request.version() != null
            ? registry.load(name, request.version())
            : registry
                .championModel(name)
                .orElseThrow(
                    () ->
                        new InvalidRequestException(
                            "model '"
                                + name
                                + "' has "
                                + scorer.withoutChampion(List.of(name)).get(name)
                                + "; or give a 'version' to score with"));
    List<String> names = model.version().features();
    Instant now = clock.instant();
    float[] row;
    boolean eligible = true;
    if (request.profileId() != null && request.features() == null) {
      CustomerHistory history =
          histories.histories(List.of(request.profileId())).get(request.profileId());
      if (history == null) {
        throw new UnknownResourceException(
            "no active profile '" + request.profileId() + "' with events in scoring's history");
      }
      row = Features.compute(history, now, names);
      eligible = model.version().definition().population().eligible(history, now);
    } else if (request.features() != null && request.profileId() == null) {
      List<String> unknown = new ArrayList<>();
      request
          .features()
          .keySet()
          .forEach(
              f -> {
                if (!names.contains(f)) {
                  unknown.add(f);
                }
              });
      if (!unknown.isEmpty()) {
        throw new InvalidRequestException(
            "unknown features for "
                + name
                + " v"
                + model.version().version()
                + ": "
                + unknown
                + "; the model's features are "
                + names,
            unknown.stream().map(f -> "unknown feature '" + f + "'").toList());
      }
      row = new float[names.size()];
      for (int i = 0; i < names.size(); i++) {
        Double value = request.features().get(names.get(i));
        row[i] = value == null ? Float.NaN : value.floatValue();
      }
    } else {
      throw new InvalidRequestException(
          "give either 'profileId' or 'features' (feature values by name), not both and not neither");
    }
    Score score = model.model().score(row);
    Map<String, @Nullable Float> features = new LinkedHashMap<>();
    for (int i = 0; i < names.size(); i++) {
      features.put(names.get(i), Float.isNaN(row[i]) ? null : row[i]);
    }
    return new AdHocResponse(
        name,
        model.version().version(),
        request.profileId(),
        eligible,
        ProfileScorer.toProfileScore(model, score, now),
        features);
  }
}
