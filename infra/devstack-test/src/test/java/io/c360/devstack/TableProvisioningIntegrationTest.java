package io.c360.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.WithDevStack;
import io.c360.platform.aws.AwsAutoConfiguration;
import io.c360.platform.table.ServiceTables;
import io.c360.platform.table.TableProvisioner;
import io.c360.platform.table.TableProvisioningAutoConfiguration;
import io.c360.platform.table.TableSpec;
import io.c360.platform.table.TablesProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * The platform's table provisioning (TableProvisioner and its auto-configuration) against a real
 * DynamoDB Local: a service's declared tables are created at startup with their keys and TTL before
 * any bean that is given the client, once however many instances start together, and not at all
 * when {@code c360.tables.create-missing} is off.
 */
@WithDevStack
class TableProvisioningIntegrationTest {

  private static final TableSpec ACCOUNTS = new TableSpec("accounts", "accountId", null, null);
  private static final TableSpec LEDGER =
      new TableSpec("ledger", "accountId", "entryKey", "expiresAt");
  private static final List<TableSpec> TABLES = List.of(ACCOUNTS, LEDGER);

  private static DevStack stack;
  private static DynamoDbClient dynamoDb;

  @BeforeAll
  static void connect() {
    stack = DevStackExtension.stack();
    dynamoDb = DevStackClients.dynamoDb(stack);
  }

  @AfterAll
  static void close() {
    dynamoDb.close();
  }

  private static String newPrefix() {
    return "prov-" + UUID.randomUUID().toString().substring(0, 8) + "-";
  }

  private ApplicationContextRunner service(String prefix) {
    return declaring(prefix).withUserConfiguration(Adapters.class);
  }

  /** A service that declares its tables but has no adapter. */
  private ApplicationContextRunner declaring(String prefix) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                AwsAutoConfiguration.class, TableProvisioningAutoConfiguration.class))
        .withUserConfiguration(Declared.class)
        .withPropertyValues(
            "c360.aws.dynamodb.endpoint=" + stack.dynamoDbEndpoint(),
            "c360.aws.region=" + DevStackClients.REGION.id(),
            "c360.tables.prefix=" + prefix);
  }

  @Test
  void aServiceCreatesItsMissingTablesAtStartupBeforeItsAdaptersAreMade() {
    String prefix = newPrefix();

    service(prefix)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(Adapter.class).statusAtConstruction)
                  .as("the table as an adapter sees it in its own initialization")
                  .isEqualTo(TableStatus.ACTIVE);
            });

    for (TableSpec spec : TABLES) {
      TableDescription table = describe(spec.physicalName(prefix));
      List<KeySchemaElement> keys = new ArrayList<>();
      keys.add(key(spec.partitionKey(), KeyType.HASH));
      if (spec.sortKey() != null) {
        keys.add(key(spec.sortKey(), KeyType.RANGE));
      }
      assertThat(table.keySchema()).as("keys of %s", spec.name()).isEqualTo(keys);
      assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
    }
    var ttl =
        dynamoDb
            .describeTimeToLive(r -> r.tableName(LEDGER.physicalName(prefix)))
            .timeToLiveDescription();
    assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
    assertThat(ttl.attributeName()).isEqualTo("expiresAt");
    assertThat(
            dynamoDb
                .describeTimeToLive(r -> r.tableName(ACCOUNTS.physicalName(prefix)))
                .timeToLiveDescription()
                .timeToLiveStatus())
        .isEqualTo(TimeToLiveStatus.DISABLED);
  }

  @Test
  void aRestartKeepsTheTablesAndTheirItems() {
    String prefix = newPrefix();
    String accounts = ACCOUNTS.physicalName(prefix);
    service(prefix).run(context -> assertThat(context).hasNotFailed());
    dynamoDb.putItem(r -> r.tableName(accounts).item(Map.of("accountId", s("a-1"), "n", s("1"))));

    service(prefix).run(context -> assertThat(context).hasNotFailed());

    assertThat(TableProvisioner.createMissing(dynamoDb, prefix, TABLES)).isEmpty();
    assertThat(
            dynamoDb.getItem(r -> r.tableName(accounts).key(Map.of("accountId", s("a-1")))).item())
        .containsEntry("n", s("1"));
  }

  @Test
  void createsTheTablesAlsoWhenTheClientIsMadeEarlyByAPostProcessor() {
    String prefix = newPrefix();

    declaring(prefix)
        .withUserConfiguration(EarlyClient.class)
        .run(context -> assertThat(context).hasNotFailed());

    assertThat(dynamoDb.listTablesPaginator().tableNames().stream())
        .filteredOn(name -> name.startsWith(prefix))
        .containsExactlyInAnyOrder(ACCOUNTS.physicalName(prefix), LEDGER.physicalName(prefix));
  }

  @Test
  void createsNothingWhenCreateMissingIsOff() {
    String prefix = newPrefix();

    declaring(prefix)
        .withPropertyValues("c360.tables.create-missing=false")
        .run(context -> assertThat(context).hasNotFailed());

    assertThat(dynamoDb.listTablesPaginator().tableNames().stream())
        .noneMatch(name -> name.startsWith(prefix));
  }

  @Test
  void instancesStartingTogetherCreateEachTableOnceAndAllSeeItActive() throws Exception {
    String prefix = newPrefix();
    int instances = 4;
    CyclicBarrier start = new CyclicBarrier(instances);
    List<Future<List<String>>> results = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(instances)) {
      for (int i = 0; i < instances; i++) {
        Callable<List<String>> instance =
            () -> {
              try (DynamoDbClient client = DevStackClients.dynamoDb(stack)) {
                start.await();
                return TableProvisioner.createMissing(client, prefix, TABLES);
              }
            };
        results.add(pool.submit(instance));
      }
    }
    List<String> created = new ArrayList<>();
    for (Future<List<String>> result : results) {
      created.addAll(result.get());
    }

    assertThat(created)
        .as("each table created by exactly one instance")
        .containsExactlyInAnyOrder(ACCOUNTS.physicalName(prefix), LEDGER.physicalName(prefix));
    for (TableSpec spec : TABLES) {
      assertThat(describe(spec.physicalName(prefix)).tableStatus()).isEqualTo(TableStatus.ACTIVE);
    }
    assertThat(
            dynamoDb
                .describeTimeToLive(r -> r.tableName(LEDGER.physicalName(prefix)))
                .timeToLiveDescription()
                .timeToLiveStatus())
        .isEqualTo(TimeToLiveStatus.ENABLED);
  }

  private static TableDescription describe(String name) {
    return dynamoDb.describeTable(r -> r.tableName(name)).table();
  }

  private static KeySchemaElement key(String name, KeyType type) {
    return KeySchemaElement.builder().attributeName(name).keyType(type).build();
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  /** The tables a service declares. */
  @Configuration(proxyBeanMethods = false)
  static class Declared {

    @Bean
    ServiceTables serviceTables() {
      return new ServiceTables(TABLES);
    }
  }

  /** An adapter of one of them. */
  @Configuration(proxyBeanMethods = false)
  static class Adapters {

    @Bean
    Adapter adapter(DynamoDbClient client, TablesProperties tables) {
      return new Adapter(client, tables.physicalName(LEDGER));
    }
  }

  /**
   * A post-processor that needs the client, so the client is made before the other post-processors
   * are registered (and is not post-processed by them).
   */
  @Configuration(proxyBeanMethods = false)
  static class EarlyClient {

    @Bean
    static BeanPostProcessor clientUser(DynamoDbClient client) {
      return new BeanPostProcessor() {};
    }
  }

  /** Reads its table's status in its constructor, as an adapter that warms a cache would. */
  static final class Adapter {

    final TableStatus statusAtConstruction;

    Adapter(DynamoDbClient client, String table) {
      statusAtConstruction = client.describeTable(r -> r.tableName(table)).table().tableStatus();
    }
  }
}
