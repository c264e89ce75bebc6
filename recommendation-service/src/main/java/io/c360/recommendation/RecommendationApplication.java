package io.c360.recommendation;

import io.c360.platform.table.ServiceTables;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** recommendation-service: real-time recommendations for web and mobile apps. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RecommendationApplication {

  public static void main(String[] args) {
    SpringApplication.run(RecommendationApplication.class, args);
  }

  /** The tables this service owns: the platform creates the missing ones at startup. */
  @Bean
  ServiceTables serviceTables() {
    return RecommendationTables.SERVICE;
  }
}
