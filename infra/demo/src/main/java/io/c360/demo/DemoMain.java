package io.c360.demo;

import io.c360.demo.IngestStep.Ingested;
import io.c360.demo.ModelsStep.Models;
import io.c360.demo.ResolutionStep.Resolution;
import io.c360.demo.WinBackStep.WinBack;
import io.c360.demo.WorldStep.DemoWorld;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;

/**
 * {@code ./c360 demo}: the whole journey on a synthetic retail world, through the five services'
 * public APIs only. Each step is a class of its own; this one runs them in order, prints each
 * step's wall time and exits with status 1 and a message naming the service and its answer when a
 * step fails.
 *
 * <p>Reads the endpoints and credentials from the environment ({@link DemoSettings}) and the
 * world's size from the arguments or environment ({@link DemoOptions}).
 */
public final class DemoMain {

  static final int STEPS = 7;

  private final DemoSettings settings;
  private final DemoOptions options;
  private final PrintStream out;

  DemoMain(DemoSettings settings, DemoOptions options, PrintStream out) {
    this.settings = settings;
    this.options = options;
    this.out = out;
  }

  public static void main(String[] args) {
    int status;
    try {
      Map<String, String> env = System.getenv();
      DemoOptions options = DemoOptions.parse(Arrays.asList(args), env);
      if (options.help()) {
        System.out.print(DemoOptions.usage());
        System.exit(0);
      }
      new DemoMain(DemoSettings.fromEnvironment(env), options, System.out).run();
      status = 0;
    } catch (DemoFailedException e) {
      System.out.flush();
      System.err.println("c360 demo failed: " + e.getMessage());
      status = 1;
    }
    System.exit(status);
  }

  void run() {
    long started = System.nanoTime();
    HttpClient http = Api.newHttpClient();
    Api identity =
        Api.bearer("identity-service", settings.identityUrl(), settings.adminToken(), http);
    Api scoring = Api.bearer("scoring-service", settings.scoringUrl(), settings.adminToken(), http);
    Api recommendations =
        Api.bearer(
            "recommendation-service", settings.recommendationUrl(), settings.appToken(), http);
    Api activation =
        Api.bearer("activation-service", settings.activationUrl(), settings.adminToken(), http);
    ResolutionStep resolution = new ResolutionStep(settings, out);
    Steps steps = new Steps(out, STEPS);

    out.printf(
        "C360 demo: %,d customers, %,d products, %d days of history, seed %d"
            + " (./c360 demo --help for the options)%n",
        options.customers(), options.products(), options.days(), options.seed());

    DemoWorld world =
        steps.run("Generate a retail world", () -> new WorldStep(out).generate(options));
    Ingested ingested =
        steps.run(
            "Send events through the Tracking API and import files",
            () -> new IngestStep(settings, http, out).run(world));
    Resolution resolved =
        steps.run("Wait for identity resolution", () -> resolution.run(RESOLUTION_STALLED));
    Models models =
        steps.run(
            "Train churn_90d and repurchase_30d, batch-score",
            () -> new ModelsStep(scoring, out).run());
    steps.run(
        "Recommendations: anonymous, after login, product page",
        () ->
            new RecommendationsStep(settings, recommendations, identity, resolution, out)
                .run(world.world()));
    WinBack winBack =
        steps.run(
            "Win-back audience and campaign with a 10 % holdout",
            () ->
                new WinBackStep(activation, settings.blobRoot(), out)
                    .run(models.scoring().files()));
    steps.run("Where to look next", () -> new SummaryStep(settings, out).run(models, winBack));

    Duration total = Duration.ofNanos(System.nanoTime() - started);
    out.printf(
        "%nWall time per step (%,d customers, %,d events, %,d profiles):%n",
        options.customers(), world.contents().events(), resolved.created());
    Steps.table(steps.timings(), total).forEach(out::println);
    out.println();
  }

  /**
   * Identity resolution is waited for as long as it makes progress (its speed depends on the
   * machine and what else runs on it); the demo gives up after this long without any.
   */
  static final Duration RESOLUTION_STALLED = Duration.ofMinutes(3);
}
