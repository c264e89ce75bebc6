package io.c360.identity;

import io.c360.platform.table.ServiceTables;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** identity-service: identity resolution and the unified customer profile. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

  public static void main(String[] args) {
    SpringApplication.run(IdentityApplication.class, args);
  }

  /** The tables this service owns: the platform creates the missing ones at startup. */
  @Bean
  ServiceTables serviceTables() {
    return IdentityTables.SERVICE;
  }
}
