package io.c360.identity.resolution.dynamodb;

import io.c360.common.json.EventJson;
import io.c360.identity.IdentityTables;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.ResolutionProperties;
import io.c360.platform.table.TablesProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires the DynamoDB adapter of {@link IdentityStore}. */
@Configuration(proxyBeanMethods = false)
class DynamoDbIdentityConfiguration {

  @Bean
  IdentityStore identityStore(
      DynamoDbClient dynamo,
      TablesProperties tables,
      ResolutionProperties rules,
      Clock clock,
      MeterRegistry meters) {
    return new DynamoDbIdentityStore(
        dynamo,
        tables.physicalName(IdentityTables.IDENTITY),
        tables.physicalName(IdentityTables.PROFILES),
        tables.physicalName(IdentityTables.IDENTITY_AUDIT),
        EventJson.mapper(),
        clock,
        rules.tombstoneTtl(),
        meters);
  }
}
