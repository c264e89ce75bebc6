package io.c360.recommendation.interaction.dynamodb;

import io.c360.common.aws.ActiveTimelines;
import io.c360.common.json.EventJson;
import io.c360.common.table.Tables;
import io.c360.common.table.TablesProperties;
import io.c360.recommendation.interaction.InteractionHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The interaction history from identity-service's profiles and timeline tables. */
@Configuration(proxyBeanMethods = false)
class DynamoDbInteractionConfiguration {

  @Bean
  InteractionHistory interactionHistory(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbInteractionHistory(
        new ActiveTimelines(
            dynamo,
            tables.physicalName(Tables.PROFILES),
            tables.physicalName(Tables.TIMELINE),
            EventJson.mapper(),
            16));
  }
}
