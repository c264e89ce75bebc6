package io.c360.activation.profile.dynamodb;

import io.c360.activation.profile.ProfileDirectory;
import io.c360.common.table.Tables;
import io.c360.common.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Profiles from identity-service's profiles table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbProfileDirectoryConfiguration {

  @Bean
  ProfileDirectory profileDirectory(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbProfileDirectory(dynamo, tables.physicalName(Tables.PROFILES));
  }
}
