package io.c360.scoring.registry.dynamodb;

import io.c360.platform.table.TablesProperties;
import io.c360.scoring.ScoringTables;
import io.c360.scoring.registry.RegistryStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/** The registry's metadata in the {@code scoring-models} table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbRegistryConfiguration {

  @Bean
  RegistryStore registryStore(DynamoDbClient dynamo, TablesProperties tables, JsonMapper json) {
    return new DynamoDbRegistryStore(
        dynamo, tables.physicalName(ScoringTables.SCORING_MODELS), json);
  }
}
