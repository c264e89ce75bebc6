package io.c360.ingest.stats.web;

import io.c360.ingest.stats.EventStats;
import io.c360.platform.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hourly event counts per source for the console (roles analyst, marketer, admin). */
@RestController
@Tag(name = "Event statistics", description = "What ingest accepted, dropped and quarantined")
class EventStatsController {

  private final EventStats stats;

  EventStatsController(EventStats stats) {
    this.stats = stats;
  }

  /** The counts of one instance (each instance counts what it handled, since it started). */
  record StatsResponse(int hours, String scope, List<EventStats.Bucket> buckets) {}

  @Operation(
      summary =
          "Events accepted, duplicates dropped and quarantined by reason, per source and hour",
      description =
          "Counted in memory by the instance that answers, since it started: behind a load"
              + " balancer, ask each instance (or scrape the c360.ingest.* metrics) for the total.")
  @GetMapping("/v1/events/stats")
  StatsResponse stats(
      @Parameter(description = "how many hours back, the current one included: 1 to 168")
          @RequestParam(defaultValue = "24")
          int hours) {
    if (hours < 1 || hours > EventStats.MAX_HOURS) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "hours " + hours + " must be between 1 and " + EventStats.MAX_HOURS);
    }
    return new StatsResponse(hours, "instance", stats.lastHours(hours));
  }
}
