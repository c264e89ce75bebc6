package io.c360.scoring.trainingjob.web;

import io.c360.scoring.trainingjob.TrainingJob;
import io.c360.scoring.trainingjob.TrainingJobs;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starting training runs and following their progress. */
@RestController
class TrainingJobController {

  private final TrainingJobs jobs;

  TrainingJobController(TrainingJobs jobs) {
    this.jobs = jobs;
  }

  @Operation(summary = "Train a new version of a model (a background job)")
  @PostMapping("/v1/models/{name}/training-jobs")
  ResponseEntity<TrainingJob> start(@PathVariable String name, Principal principal) {
    TrainingJob job = jobs.start(name, principal.getName());
    return ResponseEntity.accepted()
        .location(URI.create("/v1/training-jobs/" + job.id()))
        .body(job);
  }

  @Operation(summary = "A training job with its stage and progress")
  @GetMapping("/v1/training-jobs/{id}")
  TrainingJob get(@PathVariable String id) {
    return jobs.get(id);
  }

  @Operation(summary = "Every training job")
  @GetMapping("/v1/training-jobs")
  List<TrainingJob> all() {
    return jobs.all();
  }
}
