package io.c360.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DevStackArgumentsTest {

  @Test
  void defaultsToAnInMemoryStackOnTheUsualPorts() {
    DevStackArguments arguments = DevStackArguments.parse();

    assertThat(arguments.dataDir()).isNull();
    assertThat(arguments.kafkaPort()).isEqualTo(9092);
    assertThat(arguments.dynamoDbPort()).isEqualTo(8000);
    assertThat(arguments.controllerPort()).isZero();
    assertThat(arguments.exitOnStdinClose()).isFalse();
  }

  @Test
  void readsEveryOptionWithItsValueNextOrAfterAnEqualsSign() {
    DevStackArguments arguments =
        DevStackArguments.parse(
            "--data-dir",
            "/var/c360",
            "--kafka-port=19092",
            "--dynamodb-port",
            "18000",
            "--controller-port",
            "19093",
            "--exit-on-stdin-close");

    assertThat(arguments)
        .isEqualTo(new DevStackArguments(Path.of("/var/c360"), 19092, 18000, 19093, true));
  }

  @Test
  void rejectsInMemoryTogetherWithADataDirectory() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DevStackArguments.parse("--in-memory", "--data-dir", "x"))
        .withMessageContaining("not both");
  }

  @Test
  void rejectsAPortThatIsNotANumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DevStackArguments.parse("--kafka-port", "ninety"))
        .withMessage("--kafka-port must be a port number, not 'ninety'");
  }

  @Test
  void rejectsAnUnknownArgument() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> DevStackArguments.parse("--zookeeper"))
        .withMessage("Unknown argument: --zookeeper");
  }
}
