package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepsTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Steps steps = new Steps(new PrintStream(bytes, true, StandardCharsets.UTF_8), 2);

  @Test
  void numbersStepsAndRecordsTheirWallTime() {
    assertThat(steps.run("First", () -> 42)).isEqualTo(42);
    steps.run("Second", () -> "x");

    assertThat(steps.timings()).extracting(Steps.Timing::title).containsExactly("First", "Second");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("[1/2] First", "[2/2] Second");
  }

  @Test
  void aFailedStepSaysWhichStepItWas() {
    assertThatThrownBy(
            () ->
                steps.run(
                    "Train",
                    () -> {
                      throw new DemoFailedException("scoring-service answered 500");
                    }))
        .hasMessage("step 1 (Train): scoring-service answered 500");
  }

  @Test
  void formatsDurationsAndTheTable() {
    assertThat(Steps.seconds(Duration.ofMillis(12_345))).isEqualTo("12.3 s");
    assertThat(Steps.seconds(Duration.ofSeconds(125))).isEqualTo("2 min 05 s");
    List<String> table =
        Steps.table(
            List.of(new Steps.Timing(1, "Generate", Duration.ofSeconds(3))), Duration.ofSeconds(3));
    assertThat(table).hasSize(2);
    assertThat(table.get(0)).startsWith("   1. Generate").endsWith("3.0 s");
    assertThat(table.get(1)).startsWith("   total").endsWith("3.0 s");
  }
}
