package io.c360.activation.profile.dynamodb;

import io.c360.activation.ActivationTables;
import io.c360.activation.profile.ProfileViewStore;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The profile view in activation's own activation-profiles table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbProfileViewConfiguration {

  @Bean
  ProfileViewStore profileViewStore(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbProfileView(
        dynamo, tables.physicalName(ActivationTables.ACTIVATION_PROFILES));
  }
}
