package io.c360.platform.blob;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

class BlobStoreAutoConfigurationTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(BlobStoreAutoConfiguration.class));

  @Test
  void keepsBlobsInTheLocalDataDirectoryByDefault() {
    context.run(
        app -> {
          assertThat(app).hasSingleBean(BlobStore.class).doesNotHaveBean(S3Client.class);
          assertThat(app.getBean(BlobStore.class))
              .isInstanceOfSatisfying(
                  LocalDirectoryBlobStore.class,
                  local ->
                      assertThat(local.root())
                          .isEqualTo(Path.of(".c360/data/blobs").toAbsolutePath().normalize()));
        });
  }

  @Test
  void keepsBlobsUnderTheConfiguredLocalRoot() {
    context
        .withPropertyValues(
            "c360.blobstore.type=local", "c360.blobstore.local.root=/tmp/c360-blobs")
        .run(
            app ->
                assertThat(app.getBean(BlobStore.class))
                    .isInstanceOfSatisfying(
                        LocalDirectoryBlobStore.class,
                        local -> assertThat(local.root()).isEqualTo(Path.of("/tmp/c360-blobs"))));
  }

  @Test
  void usesS3WithTheConfiguredBucketPrefixEndpointAndRegion() {
    context
        .withPropertyValues(
            "c360.blobstore.type=s3",
            "c360.blobstore.s3.bucket=c360-data",
            "c360.blobstore.s3.prefix=prod",
            "c360.blobstore.s3.endpoint=http://localhost:9000",
            "c360.blobstore.s3.path-style=true",
            "c360.aws.region=eu-west-1")
        .run(
            app -> {
              assertThat(app.getBean(BlobStore.class))
                  .isInstanceOfSatisfying(
                      S3BlobStore.class,
                      s3 -> {
                        assertThat(s3.bucket()).isEqualTo("c360-data");
                        assertThat(s3.keyPrefix()).isEqualTo("prod/");
                      });
              var configuration = app.getBean(S3Client.class).serviceClientConfiguration();
              assertThat(configuration.region()).isEqualTo(Region.EU_WEST_1);
              assertThat(configuration.endpointOverride())
                  .contains(URI.create("http://localhost:9000"));
              assertThat(app.getBean(BlobStoreProperties.class).s3().pathStyle()).isTrue();
            });
  }

  @Test
  void acceptsTheTypeInUpperCase() {
    context
        .withPropertyValues(
            "c360.blobstore.type=S3", "c360.blobstore.s3.bucket=b", "c360.aws.region=us-east-1")
        .run(app -> assertThat(app.getBean(BlobStore.class)).isInstanceOf(S3BlobStore.class));
  }

  @Test
  void talksToAwsWhenNoEndpointIsConfigured() {
    context
        .withPropertyValues(
            "c360.blobstore.type=s3", "c360.blobstore.s3.bucket=b", "c360.aws.region=us-east-1")
        .run(
            app ->
                assertThat(
                        app.getBean(S3Client.class).serviceClientConfiguration().endpointOverride())
                    .isEmpty());
  }

  @Test
  void failsToStartWithS3AndNoBucket() {
    context
        .withPropertyValues("c360.blobstore.type=s3", "c360.aws.region=us-east-1")
        .run(
            app ->
                assertThat(app)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("c360.blobstore.s3.bucket is required"));
  }

  @Test
  void failsToStartWithAnUnknownType() {
    context
        .withPropertyValues("c360.blobstore.type=gcs")
        .run(
            app ->
                assertThat(app)
                    .hasFailed()
                    .getFailure()
                    .cause()
                    .hasMessageContaining("'c360.blobstore.type'"));
  }

  @Test
  void leavesAServicesOwnBlobStoreInPlace() {
    BlobStore own = new LocalDirectoryBlobStore(Path.of("/tmp/own"));
    context
        .withBean(BlobStore.class, () -> own)
        .run(app -> assertThat(app.getBean(BlobStore.class)).isSameAs(own));
  }
}
