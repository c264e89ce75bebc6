package io.c360.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.InitScriptTables;
import org.junit.jupiter.api.Test;

class RecommendationTablesTest {

  @Test
  void theInitScriptCreatesExactlyTheTablesTheServiceDeclaresWithTheirKeysAndTimeToLive() {
    assertThat(InitScriptTables.of("recommendation-service"))
        .as("the '# recommendation-service' lines of %s", InitScriptTables.SCRIPT)
        .containsExactlyElementsOf(RecommendationTables.ALL);
  }
}
