package io.c360.identity.timeline.dynamodb;

import io.c360.common.json.EventJson;
import io.c360.identity.IdentityTables;
import io.c360.identity.timeline.TimelineStore;
import io.c360.platform.table.TablesProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires the DynamoDB adapter of {@link TimelineStore}. */
@Configuration(proxyBeanMethods = false)
class DynamoDbTimelineConfiguration {

  @Bean
  TimelineStore timelineStore(
      DynamoDbClient dynamo, TablesProperties tables, MeterRegistry meters) {
    return new DynamoDbTimelineStore(
        dynamo, tables.physicalName(IdentityTables.TIMELINE), EventJson.mapper(), meters);
  }
}
