package io.c360.platform.table;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
  static BeanPostProcessor c360TableProvisioning(
      ObjectProvider<ServiceTables> declared, ObjectProvider<TablesProperties> properties) {
    return new TableProvisioning(declared, properties);
  }

  /** Provisions through each {@link DynamoDbClient} bean as it is initialized. */
  static final class TableProvisioning implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(TableProvisioning.class);

    private final ObjectProvider<ServiceTables> declared;
    private final ObjectProvider<TablesProperties> properties;

    TableProvisioning(
        ObjectProvider<ServiceTables> declared, ObjectProvider<TablesProperties> properties) {
      this.declared = declared;
      this.properties = properties;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
      if (bean instanceof DynamoDbClient client) {
        provision(client);
      }
      return bean;
    }

    private void provision(DynamoDbClient client) {
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
