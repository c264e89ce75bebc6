package io.c360.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.InitScriptTables;
import org.junit.jupiter.api.Test;

class IngestTablesTest {

  @Test
  void theInitScriptCreatesExactlyTheTablesTheServiceDeclaresWithTheirKeysAndTimeToLive() {
    assertThat(InitScriptTables.of("ingest-service"))
        .as("the '# ingest-service' lines of %s", InitScriptTables.SCRIPT)
        .containsExactlyElementsOf(IngestTables.ALL);
  }
}
