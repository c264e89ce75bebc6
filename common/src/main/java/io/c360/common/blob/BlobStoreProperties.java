package io.c360.common.blob;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param type {@code local} (default) or {@code s3}
 * @param local the local directory adapter's settings
 * @param s3 the S3 adapter's settings
 */
@ConfigurationProperties("c360.blobstore")
public record BlobStoreProperties(@Nullable String type, @Nullable Local local, @Nullable S3 s3) {

  public BlobStoreProperties {
    type = type == null || type.isBlank() ? "local" : type;
    local = local == null ? new Local(null) : local;
  }

  /**
   * @param root the directory blobs are kept under (default {@code ./.c360/data/blobs})
   */
  public record Local(@Nullable Path root) {
    public Local {
      root = root == null ? Path.of(".c360", "data", "blobs") : root;
    }
  }

  /**
   * @param bucket the bucket
   * @param prefix a key prefix inside the bucket, e.g. {@code c360/}
   * @param endpoint endpoint override, only for local S3-compatible servers
   */
  public record S3(@Nullable String bucket, @Nullable String prefix, @Nullable String endpoint) {}
}
