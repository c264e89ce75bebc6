package io.c360.ingest.imports.dynamodb;

import io.c360.common.json.EventJson;
import io.c360.ingest.IngestTables;
import io.c360.ingest.imports.ImportStore;
import io.c360.platform.table.TablesProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Wires the DynamoDB adapter of {@link ImportStore}. */
@Configuration(proxyBeanMethods = false)
class DynamoDbImportConfiguration {

  @Bean
  ImportStore importStore(DynamoDbClient dynamo, TablesProperties tables) {
    return new DynamoDbImportStore(
        dynamo, tables.physicalName(IngestTables.INGEST_IMPORTS), EventJson.mapper());
  }
}
