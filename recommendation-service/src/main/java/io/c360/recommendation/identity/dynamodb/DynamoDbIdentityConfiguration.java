package io.c360.recommendation.identity.dynamodb;

import io.c360.common.table.Tables;
import io.c360.common.table.TablesProperties;
import io.c360.recommendation.identity.ProfileResolver;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Profiles resolved through identity-service's identity table: cached (500,000 identifiers at
 * most), refreshed in the background after 60 s, dropped after 10 minutes without a refresh (an
 * unknown identifier after 10 s), invalidated by merges. Used only with {@code
 * c360.recommendation.identity.source=dynamodb}: a lookup that misses the cache is a GetItem on the
 * request path.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "c360.recommendation.identity.source", havingValue = "dynamodb")
class DynamoDbIdentityConfiguration {

  @Bean
  ProfileResolver profileResolver(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbProfileResolver(
        dynamo,
        tables.physicalName(Tables.IDENTITY),
        Duration.ofSeconds(60),
        Duration.ofMinutes(10),
        Duration.ofSeconds(10),
        500_000);
  }
}
