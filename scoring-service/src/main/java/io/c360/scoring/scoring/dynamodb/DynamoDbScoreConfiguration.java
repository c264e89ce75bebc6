package io.c360.scoring.scoring.dynamodb;

import io.c360.platform.table.TablesProperties;
import io.c360.scoring.ScoringTables;
import io.c360.scoring.scoring.ScoreStore;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import tools.jackson.databind.json.JsonMapper;

/** Scores in scoring's own {@code scoring-scores} table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbScoreConfiguration {

  @Bean
  ScoreStore scoreStore(
      DynamoDbClient dynamo, TablesProperties tables, JsonMapper json, Clock clock) {
    return new DynamoDbScoreStore(
        dynamo, tables.physicalName(ScoringTables.SCORING_SCORES), json, clock);
  }
}
