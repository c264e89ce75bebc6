package io.c360.identity.fuzzy.dynamodb;

import io.c360.common.json.EventJson;
import io.c360.identity.IdentityTables;
import io.c360.identity.fuzzy.FuzzyIndex;
import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires the DynamoDB adapter of {@link FuzzyIndex} on the {@code identity-blocks} table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbFuzzyIndexConfiguration {

  @Bean
  FuzzyIndex fuzzyIndex(DynamoDbClient dynamo, TablesProperties tables, FuzzyMatcher matcher) {
    return new DynamoDbFuzzyIndex(
        dynamo, tables.physicalName(IdentityTables.IDENTITY_BLOCKS), EventJson.mapper(), matcher);
  }
}
