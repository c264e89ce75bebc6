package io.c360.activation;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.InitScriptTables;
import org.junit.jupiter.api.Test;

class ActivationTablesTest {

  @Test
  void theInitScriptCreatesExactlyTheTablesTheServiceDeclaresWithTheirKeysAndTimeToLive() {
    assertThat(InitScriptTables.of("activation-service"))
        .as("the '# activation-service' lines of %s", InitScriptTables.SCRIPT)
        .containsExactlyElementsOf(ActivationTables.ALL);
  }
}
