package io.c360.recommendation.identity.dynamodb;

import io.c360.platform.table.TablesProperties;
import io.c360.recommendation.RecommendationTables;
import io.c360.recommendation.identity.IdentityProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The identity projection in the service's own {@code recommendation-identity} table: written by
 * the identity listeners, read through a cache to resolve every caller.
 */
@Configuration(proxyBeanMethods = false)
class DynamoDbIdentityConfiguration {

  @Bean
  DynamoDbIdentityGraph identityGraph(
      DynamoDbClient dynamo, TablesProperties tables, IdentityProperties properties) {
    return new DynamoDbIdentityGraph(
        dynamo,
        tables.physicalName(RecommendationTables.RECOMMENDATION_IDENTITY),
        properties.refresh(),
        properties.expiry(),
        properties.cacheSize());
  }
}
