package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoOptionsTest {

  @Test
  void usesTheDefaultsWithoutFlagsOrEnvironment() {
    assertThat(DemoOptions.parse(List.of(), Map.of())).isEqualTo(DemoOptions.defaults());
  }

  @Test
  void readsFlagsWithSpaceOrEquals() {
    DemoOptions options =
        DemoOptions.parse(
            List.of("--customers", "2000", "--products=150", "--days", "400", "--seed=7"),
            Map.of());

    assertThat(options).isEqualTo(new DemoOptions(2000, 150, 400, 7, false));
  }

  @Test
  void flagsWinOverTheEnvironmentWhichWinsOverDefaults() {
    DemoOptions options =
        DemoOptions.parse(
            List.of("--customers", "900"),
            Map.of("C360_DEMO_CUSTOMERS", "5000", "C360_DEMO_SEED", "11"));

    assertThat(options.customers()).isEqualTo(900);
    assertThat(options.seed()).isEqualTo(11);
    assertThat(options.days()).isEqualTo(DemoOptions.DEFAULT_DAYS);
  }

  @Test
  void acceptsThousandsSeparators() {
    assertThat(DemoOptions.parse(List.of("--customers", "1_500"), Map.of()).customers())
        .isEqualTo(1500);
  }

  @Test
  void rejectsUnknownOptionsMissingValuesAndOutOfRangeSizesNamingTheFlag() {
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--size", "3"), Map.of()))
        .isInstanceOf(DemoFailedException.class)
        .hasMessageContaining("unknown option --size");
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--customers"), Map.of()))
        .hasMessageContaining("--customers needs a value");
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--days", "100"), Map.of()))
        .hasMessageContaining("--days must be 300 to 3,650, was 100");
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--customers", "many"), Map.of()))
        .hasMessageContaining("--customers must be a whole number");
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--seed", "x"), Map.of()))
        .hasMessageContaining("--seed must be a whole number");
  }

  @Test
  void helpIsAFlagNotAFailure() {
    assertThat(DemoOptions.parse(List.of("--help"), Map.of()).help()).isTrue();
    assertThat(DemoOptions.usage()).contains("--customers N").contains("C360_DEMO_SEED");
  }
}
