package io.c360.recommendation.identity.dynamodb;

import io.c360.common.table.Tables;
import io.c360.common.table.TablesProperties;
import io.c360.recommendation.identity.ProfileResolver;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Profiles resolved through identity-service's identity table, cached for 5 seconds. */
@Configuration(proxyBeanMethods = false)
class DynamoDbIdentityConfiguration {

  @Bean
  ProfileResolver profileResolver(DynamoDbClient dynamo, TablesProperties tables, Clock clock) {
    return new DynamoDbProfileResolver(
        dynamo, tables.physicalName(Tables.IDENTITY), clock, Duration.ofSeconds(5), 200_000);
  }
}
