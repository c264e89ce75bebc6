package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoakOptionsTest {

  @Test
  void runsHalfAnHourAtTwentyEventsASecondOnTheDemosWorldByDefault() {
    SoakOptions options = SoakOptions.parse(List.of(), Map.of());

    assertThat(options.minutes()).isEqualTo(30);
    assertThat(options.rate()).isEqualTo(20);
    assertThat(options.recommendations()).isEqualTo(3);
    assertThat(options.world()).isEqualTo(DemoOptions.defaults());
    assertThat(options.campaignMinute()).isEqualTo(15);
  }

  @Test
  void readsItsOwnFlagsTheWorldsFlagsAndTheEnvironment() {
    SoakOptions options =
        SoakOptions.parse(
            List.of("--minutes", "3", "--rate=40", "--customers", "400", "--drain-minutes", "0"),
            Map.of(
                "C360_SOAK_RATE", "999", "C360_SOAK_RECOMMENDATIONS", "1", "C360_DEMO_SEED", "9"));

    assertThat(options.minutes()).isEqualTo(3);
    assertThat(options.rate()).isEqualTo(40);
    assertThat(options.recommendations()).isEqualTo(1);
    assertThat(options.drainMinutes()).isZero();
    assertThat(options.world().customers()).isEqualTo(400);
    assertThat(options.world().seed()).isEqualTo(9);
    assertThat(options.campaignMinute()).isEqualTo(1);
  }

  @Test
  void rejectsWhatItCannotRunNamingTheFlag() {
    assertThatThrownBy(() -> SoakOptions.parse(List.of("--rate", "0"), Map.of()))
        .isInstanceOf(DemoFailedException.class)
        .hasMessageContaining("--rate must be 1 to 5,000, was 0");
    assertThatThrownBy(() -> SoakOptions.parse(List.of("--minutes", "half"), Map.of()))
        .hasMessageContaining("--minutes must be a whole number of minutes, was 'half'");
    assertThatThrownBy(() -> SoakOptions.parse(List.of("--duration", "3"), Map.of()))
        .hasMessageContaining("unknown option --duration")
        .hasMessageContaining("Usage: ./c360 soak");
    assertThatThrownBy(() -> SoakOptions.parse(List.of("--customers", "10"), Map.of()))
        .hasMessageContaining("--customers must be 300 to 100,000, was 10");
  }

  @Test
  void theDemoStillRejectsTheSoaksFlags() {
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--minutes", "3"), Map.of()))
        .hasMessageContaining("unknown option --minutes");
  }
}
