package io.c360.identity;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.InitScriptTables;
import org.junit.jupiter.api.Test;

class IdentityTablesTest {

  @Test
  void theInitScriptCreatesExactlyTheTablesTheServiceDeclaresWithTheirKeysAndTimeToLive() {
    assertThat(InitScriptTables.of("identity-service"))
        .as("the '# identity-service' lines of %s", InitScriptTables.SCRIPT)
        .containsExactlyElementsOf(IdentityTables.ALL);
  }
}
