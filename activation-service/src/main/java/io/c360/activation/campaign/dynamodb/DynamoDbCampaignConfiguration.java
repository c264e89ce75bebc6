package io.c360.activation.campaign.dynamodb;

import io.c360.activation.ActivationTables;
import io.c360.activation.campaign.CampaignStore;
import io.c360.activation.campaign.ContactLog;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Campaigns, assignments and the contact log in activation's DynamoDB tables. */
@Configuration(proxyBeanMethods = false)
class DynamoDbCampaignConfiguration {

  @Bean
  CampaignStore campaignStore(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbCampaignStore(
        dynamo,
        tables.physicalName(ActivationTables.ACTIVATION_CAMPAIGNS),
        tables.physicalName(ActivationTables.ACTIVATION_ASSIGNMENTS));
  }

  @Bean
  ContactLog contactLog(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbContactLog(
        dynamo, tables.physicalName(ActivationTables.ACTIVATION_CONTACTS));
  }
}
