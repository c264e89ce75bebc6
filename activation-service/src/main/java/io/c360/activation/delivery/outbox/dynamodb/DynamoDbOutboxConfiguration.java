package io.c360.activation.delivery.outbox.dynamodb;

import io.c360.activation.ActivationTables;
import io.c360.activation.delivery.outbox.OutboxStore;
import io.c360.common.json.EventJson;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The outbox's table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbOutboxConfiguration {

  @Bean
  OutboxStore outboxStore(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbOutboxStore(
        dynamo, tables.physicalName(ActivationTables.ACTIVATION_OUTBOX), EventJson.mapper());
  }
}
