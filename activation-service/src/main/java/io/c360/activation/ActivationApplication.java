package io.c360.activation;

import io.c360.platform.table.ServiceTables;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** activation-service: audiences, win-back campaigns with control groups, delivery. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ActivationApplication {

  public static void main(String[] args) {
    SpringApplication.run(ActivationApplication.class, args);
  }

  /** The time audiences (days since ...) and campaigns (schedules, caps, windows) are read at. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** The tables this service owns: the platform creates the missing ones at startup. */
  @Bean
  ServiceTables serviceTables() {
    return ActivationTables.SERVICE;
  }
}
