package io.c360.identity.review.dynamodb;

import io.c360.identity.IdentityTables;
import io.c360.identity.review.SuggestionStore;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires the review queue on the {@code identity-link-suggestions} table. */
@Configuration(proxyBeanMethods = false)
class DynamoDbSuggestionStoreConfiguration {

  @Bean
  SuggestionStore suggestionStore(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbSuggestionStore(
        dynamo, tables.physicalName(IdentityTables.IDENTITY_LINK_SUGGESTIONS));
  }
}
