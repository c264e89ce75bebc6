package io.c360.activation.export;

import io.c360.activation.profile.ProfileDirectory;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierProperties;
import io.c360.platform.blob.BlobStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Audience exports and lookalike seed lists. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentifierProperties.class)
class ExportConfiguration {

  @Bean
  LookalikeExport lookalikeExport(
      ProfileDirectory profiles,
      BlobStore blobs,
      IdentifierProperties identifiers,
      ExportProperties properties) {
    return new LookalikeExport(
        profiles,
        blobs,
        new IdentifierNormalizer(identifiers),
        properties.lookalikeRequiredConsent());
  }
}
