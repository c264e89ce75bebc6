package io.c360.scoring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** scoring-service: XGBoost propensity models, their registry, and scores on every profile. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ScoringApplication {

  public static void main(String[] args) {
    SpringApplication.run(ScoringApplication.class, args);
  }
}
