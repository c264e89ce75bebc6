package io.c360.activation.report.dynamodb;

import io.c360.activation.ActivationTables;
import io.c360.activation.report.OrderLedger;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The order ledger in activation's orders table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbOrderLedgerConfiguration {

  @Bean
  OrderLedger orderLedger(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbOrderLedger(dynamo, tables.physicalName(ActivationTables.ACTIVATION_ORDERS));
  }
}
