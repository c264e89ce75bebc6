package io.c360.platform.aws;

import io.c360.platform.table.TablesProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB client every service uses, from {@code c360.aws.*}; its calls are counted by table
 * ({@link DynamoDbRequestMetrics}) when the service has a meter registry.
 */
@AutoConfiguration
@ConditionalOnClass(DynamoDbClient.class)
@EnableConfigurationProperties({AwsProperties.class, TablesProperties.class})
public class AwsAutoConfiguration {

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  DynamoDbClient dynamoDbClient(AwsProperties aws, ObjectProvider<MeterRegistry> meters) {
    var builder =
        DynamoDbClient.builder().httpClientBuilder(ApacheHttpClient.builder().maxConnections(64));
    meters.ifAvailable(
        registry ->
            builder.overrideConfiguration(
                c -> c.addExecutionInterceptor(new DynamoDbRequestMetrics(registry))));
    if (aws.region() != null && !aws.region().isBlank()) {
      builder.region(Region.of(aws.region()));
    }
    if (aws.dynamodb() != null && aws.dynamodb().endpoint() != null) {
      builder.endpointOverride(aws.dynamodb().endpoint());
    }
    return builder.build();
  }
}
