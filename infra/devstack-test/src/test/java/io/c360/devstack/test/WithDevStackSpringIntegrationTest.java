package io.c360.devstack.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * The Spring annotation comes first and the test instance (hence the context) is created before any
 * before-all callback, on purpose: the stack's properties must be there regardless.
 */
@SpringJUnitConfig(WithDevStackSpringIntegrationTest.EmptyConfiguration.class)
@WithDevStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithDevStackSpringIntegrationTest {

  @Autowired ConfigurableEnvironment environment;

  @Test
  void givesTheSpringContextTheStacksCoordinates() {
    assertThat(environment.getProperty("spring.kafka.bootstrap-servers"))
        .isEqualTo(DevStackExtension.stack().kafkaBootstrapServers());
    assertThat(environment.getProperty("c360.aws.dynamodb.endpoint"))
        .isEqualTo(DevStackExtension.stack().dynamoDbEndpoint());
    assertThat(environment.getProperty("c360.tables.prefix"))
        .isEqualTo(DevStackExtension.stack().tablePrefix());
    assertThat(environment.getProperty("c360.aws.region")).isEqualTo("us-east-1");
    assertThat(
            environment
                .getPropertySources()
                .contains(DevStackContextCustomizerFactory.PROPERTY_SOURCE))
        .isTrue();
  }

  @Configuration(proxyBeanMethods = false)
  static class EmptyConfiguration {}
}
