package io.c360.common.blob;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** The blob store every service uses, from {@code c360.blobstore.*}. */
@AutoConfiguration
@EnableConfigurationProperties(BlobStoreProperties.class)
public class BlobStoreAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  BlobStore blobStore(BlobStoreProperties properties) {
    if (!"local".equals(properties.type())) {
      throw new IllegalStateException(
          "c360.blobstore.type '" + properties.type() + "' is not supported; use local");
    }
    return new LocalDirectoryBlobStore(properties.local().root());
  }
}
