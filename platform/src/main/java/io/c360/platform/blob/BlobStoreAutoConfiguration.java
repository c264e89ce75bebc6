package io.c360.platform.blob;

import io.c360.platform.aws.AwsProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The {@link BlobStore} every service uses, from {@code c360.blobstore.*}: a local directory unless
 * {@code c360.blobstore.type} is {@code s3}. A service that defines its own {@link BlobStore} (or,
 * for S3, its own {@link S3Client}) bean replaces the one made here.
 */
@AutoConfiguration
@EnableConfigurationProperties({BlobStoreProperties.class, AwsProperties.class})
public class BlobStoreAutoConfiguration {

  /** Files under {@code c360.blobstore.local.root}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(
      prefix = "c360.blobstore",
      name = "type",
      havingValue = "local",
      matchIfMissing = true)
  static class LocalBlobStoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BlobStore blobStore(BlobStoreProperties properties) {
      return new LocalDirectoryBlobStore(properties.local().root());
    }
  }

  /** Objects in {@code c360.blobstore.s3.bucket}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnProperty(prefix = "c360.blobstore", name = "type", havingValue = "s3")
  static class S3BlobStoreConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    S3Client s3Client(BlobStoreProperties properties, AwsProperties aws) {
      return s3ClientBuilder(properties.s3(), aws).build();
    }

    @Bean
    @ConditionalOnMissingBean
    BlobStore blobStore(S3Client s3, BlobStoreProperties properties) {
      String bucket = properties.s3().bucket();
      if (bucket == null) {
        throw new IllegalStateException(
            "c360.blobstore.s3.bucket is required when c360.blobstore.type is s3");
      }
      return new S3BlobStore(s3, bucket, properties.s3().prefix());
    }
  }

  /**
   * An S3 client with the SDK's default credentials chain, the region of {@code c360.aws.region}
   * (or the SDK's default region chain when unset), and the endpoint override and path-style
   * addressing of {@code c360.blobstore.s3.*}.
   */
  static S3ClientBuilder s3ClientBuilder(BlobStoreProperties.S3 s3, AwsProperties aws) {
    S3ClientBuilder builder =
        S3Client.builder()
            .httpClientBuilder(ApacheHttpClient.builder().maxConnections(64))
            .forcePathStyle(s3.pathStyle());
    String region = aws.region();
    if (region != null && !region.isBlank()) {
      builder.region(Region.of(region.trim()));
    }
    if (s3.endpoint() != null) {
      builder.endpointOverride(s3.endpoint());
    }
    return builder;
  }
}
