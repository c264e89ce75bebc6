package io.c360.ingest.imports;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.ingest.dedupe.PublishOnce;
import io.c360.ingest.publishing.EventPublisher;
import io.c360.platform.blob.BlobStore;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Wires file imports: two at a time, more wait in a bounded queue; an instance id for leases
 * (process id and a random part, so a restarted process is a new holder).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ImportConfiguration {

  @Bean(destroyMethod = "shutdown")
  ThreadPoolTaskExecutor importExecutor() {
    var executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("import-");
    executor.setCorePoolSize(2);
    executor.setMaxPoolSize(2);
    executor.setQueueCapacity(100);
    executor.initialize();
    return executor;
  }

  @Bean
  ImportService importService(
      BlobStore blobs,
      EventPublisher publisher,
      PublishOnce publishOnce,
      ImportStore store,
      IdentifierNormalizer normalizer,
      ThreadPoolTaskExecutor importExecutor,
      Clock clock,
      ImportProperties properties) {
    String instanceId =
        ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
    return new ImportService(
        blobs,
        publisher,
        publishOnce,
        store,
        normalizer,
        importExecutor,
        clock,
        properties,
        instanceId);
  }
}
