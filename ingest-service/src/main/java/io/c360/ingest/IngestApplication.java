package io.c360.ingest;

import io.c360.platform.table.ServiceTables;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/** ingest-service: Segment-compatible event collection and offline file imports. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class IngestApplication {

  public static void main(String[] args) {
    SpringApplication.run(IngestApplication.class, args);
  }

  /** The tables this service owns: the platform creates the missing ones at startup. */
  @Bean
  ServiceTables serviceTables() {
    return IngestTables.SERVICE;
  }
}
