package io.c360.recommendation.interaction.dynamodb;

import io.c360.platform.table.TablesProperties;
import io.c360.recommendation.RecommendationTables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The interaction projection in the service's own {@code recommendation-interactions} table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbInteractionConfiguration {

  @Bean
  DynamoDbInteractions interactions(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbInteractions(
        dynamo, tables.physicalName(RecommendationTables.RECOMMENDATION_INTERACTIONS), 4);
  }
}
