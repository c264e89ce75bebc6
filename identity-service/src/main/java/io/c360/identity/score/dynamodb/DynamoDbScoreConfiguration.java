package io.c360.identity.score.dynamodb;

import io.c360.common.json.EventJson;
import io.c360.identity.IdentityTables;
import io.c360.identity.score.ScoreStore;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires the DynamoDB adapter of {@link ScoreStore}. */
@Configuration(proxyBeanMethods = false)
class DynamoDbScoreConfiguration {

  @Bean
  ScoreStore scoreStore(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbScoreStore(
        dynamo, tables.physicalName(IdentityTables.IDENTITY_SCORES), EventJson.mapper());
  }
}
