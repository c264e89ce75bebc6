package io.c360.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.InitScriptTables;
import org.junit.jupiter.api.Test;

class ScoringTablesTest {

  @Test
  void theInitScriptCreatesExactlyTheTablesTheServiceDeclaresWithTheirKeysAndTimeToLive() {
    assertThat(InitScriptTables.of("scoring-service"))
        .as("the '# scoring-service' lines of %s", InitScriptTables.SCRIPT)
        .containsExactlyElementsOf(ScoringTables.ALL);
  }
}
