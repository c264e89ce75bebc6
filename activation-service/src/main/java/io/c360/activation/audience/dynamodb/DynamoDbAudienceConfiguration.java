package io.c360.activation.audience.dynamodb;

import io.c360.activation.ActivationTables;
import io.c360.activation.audience.AudienceStore;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Audiences and members in activation's DynamoDB tables. */
@Configuration(proxyBeanMethods = false)
class DynamoDbAudienceConfiguration {

  @Bean
  AudienceStore audienceStore(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbAudienceStore(
        dynamo,
        tables.physicalName(ActivationTables.ACTIVATION_AUDIENCES),
        tables.physicalName(ActivationTables.ACTIVATION_AUDIENCE_MEMBERS));
  }
}
