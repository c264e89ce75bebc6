package io.c360.scoring.scoring.dynamodb;

import io.c360.common.table.Tables;
import io.c360.common.table.TablesProperties;
import io.c360.scoring.scoring.ScoreStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/** Scores on the profile items of the {@code profiles} table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbScoreConfiguration {

  @Bean
  ScoreStore scoreStore(DynamoDbClient dynamo, TablesProperties tables, JsonMapper json) {
    return new DynamoDbScoreStore(dynamo, tables.physicalName(Tables.PROFILES), json);
  }
}
