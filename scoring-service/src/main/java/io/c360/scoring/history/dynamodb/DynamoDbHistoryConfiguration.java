package io.c360.scoring.history.dynamodb;

import io.c360.common.aws.ActiveTimelines;
import io.c360.common.json.EventJson;
import io.c360.common.table.Tables;
import io.c360.common.table.TablesProperties;
import io.c360.scoring.history.TimelineReader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Histories from identity-service's timeline and profiles tables. */
@Configuration(proxyBeanMethods = false)
class DynamoDbHistoryConfiguration {

  @Bean
  TimelineReader timelineReader(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbTimelineReader(
        new ActiveTimelines(
            dynamo,
            tables.physicalName(Tables.PROFILES),
            tables.physicalName(Tables.TIMELINE),
            EventJson.mapper(),
            16));
  }
}
