package io.c360.activation.delivery.outbox;

import io.c360.common.json.EventJson;
import io.c360.platform.blob.BlobStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The outbox and its JSON-lines file, from {@code c360.activation.delivery.outbox.*}. */
@Configuration(proxyBeanMethods = false)
class OutboxConfiguration {

  @Bean(destroyMethod = "close")
  OutboxFile outboxFile(
      OutboxProperties properties, ObjectProvider<BlobStore> blobs, ObjectProvider<Clock> clock) {
    OutboxProperties.File file = properties.file();
    return switch (file.type()) {
      case LOCAL -> new LocalDirectoryOutboxFile(file.directory(), EventJson.mapper());
      case BLOBSTORE ->
          new BlobStoreOutboxFile(
              blobs.getObject(),
              file.blobPrefix(),
              EventJson.mapper(),
              clock.getIfAvailable(Clock::systemUTC),
              file.maxBuffered(),
              file.flushInterval());
      case NONE -> OutboxFile.none();
    };
  }
}
