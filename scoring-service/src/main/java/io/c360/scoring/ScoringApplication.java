package io.c360.scoring;

import io.c360.platform.table.ServiceTables;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** scoring-service: XGBoost propensity models, their registry, and scores on every profile. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScoringApplication {

  public static void main(String[] args) {
    SpringApplication.run(ScoringApplication.class, args);
  }

  /** The tables this service owns: the platform creates the missing ones at startup. */
  @Bean
  ServiceTables serviceTables() {
    return ScoringTables.SERVICE;
  }
}
