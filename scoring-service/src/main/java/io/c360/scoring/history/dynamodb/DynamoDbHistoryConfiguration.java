package io.c360.scoring.history.dynamodb;

import io.c360.platform.table.TablesProperties;
import io.c360.scoring.ScoringTables;
import io.c360.scoring.history.HistoryStore;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The history projection in scoring's own {@code scoring-history} table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbHistoryConfiguration {

  @Bean
  HistoryStore historyStore(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbHistoryStore(dynamo, tables.physicalName(ScoringTables.SCORING_HISTORY));
  }
}
