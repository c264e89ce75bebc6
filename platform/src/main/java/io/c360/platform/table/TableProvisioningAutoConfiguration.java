package io.c360.platform.table;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Creates the tables the service declares ({@link ServiceTables} beans) that are missing, unless
 * {@code c360.tables.create-missing=false}. It runs when the {@link DynamoDbClient} bean is
 * initialized, so during context refresh and before any bean that is given the client (every
 * adapter that touches a table, whatever it does in its own initialization), and so before
 * listeners, schedulers and the web server start.
 */
@AutoConfiguration(afterName = "io.c360.platform.aws.AwsAutoConfiguration")
@ConditionalOnClass(DynamoDbClient.class)
public class TableProvisioningAutoConfiguration {

  @Bean
  static TableProvisioning c360TableProvisioning(
      ObjectProvider<ServiceTables> declared,
      ObjectProvider<TablesProperties> properties,
      ObjectProvider<DynamoDbClient> clients) {
    return new TableProvisioning(declared, properties, clients);
  }

  /**
   * Provisions through each {@link DynamoDbClient} bean as it is initialized; a client made before
   * this post-processor was registered (something of the early, post-processor phase needed it) is
   * provisioned once every singleton exists, still before anything is started.
   */
  static final class TableProvisioning implements BeanPostProcessor, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TableProvisioning.class);

    private final ObjectProvider<ServiceTables> declared;
    private final ObjectProvider<TablesProperties> properties;
    private final ObjectProvider<DynamoDbClient> clients;
    private final Set<DynamoDbClient> provisioned =
        Collections.newSetFromMap(new IdentityHashMap<>());

    TableProvisioning(
        ObjectProvider<ServiceTables> declared,
        ObjectProvider<TablesProperties> properties,
        ObjectProvider<DynamoDbClient> clients) {
      this.declared = declared;
      this.properties = properties;
      this.clients = clients;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof DynamoDbClient client) {
        provision(client);
      }
      return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
      clients.orderedStream().forEach(this::provision);
    }

    private synchronized void provision(DynamoDbClient client) {
      if (!provisioned.add(client)) {
        return;
      }
      TablesProperties tables =
          properties.getIfAvailable(
              () -> new TablesProperties(TablesProperties.DEFAULT_PREFIX, true));
      if (!tables.createMissing()) {
        return;
      }
      List<TableSpec> specs =
          declared.orderedStream().flatMap(service -> service.tables().stream()).toList();
      if (specs.isEmpty()) {
        return;
      }
      long started = System.nanoTime();
      List<String> created = TableProvisioner.createMissing(client, tables.prefix(), specs);
      if (!created.isEmpty()) {
        log.info(
            "Created DynamoDB tables {} in {} ms",
            created,
            (System.nanoTime() - started) / 1_000_000);
      }
    }
  }
}
