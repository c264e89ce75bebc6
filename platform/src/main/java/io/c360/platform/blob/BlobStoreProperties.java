package io.c360.platform.blob;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where blobs are kept, from {@code c360.blobstore.*}.
 *
 * @param type {@code local} (default) or {@code s3}
 * @param local the local directory adapter's settings
 * @param s3 the S3 adapter's settings; the region comes from {@code c360.aws.region} or the SDK's
 *     default region chain, credentials from the SDK's default credentials chain
 */
@Validated
@ConfigurationProperties("c360.blobstore")
public record BlobStoreProperties(Type type, Local local, S3 s3) {

  public BlobStoreProperties(@Nullable Type type, @Nullable Local local, @Nullable S3 s3) {
    this.type = type == null ? Type.LOCAL : type;
    this.local = local == null ? new Local(null) : local;
    this.s3 = s3 == null ? new S3(null, null, null, false) : s3;
  }

  /** Which adapter keeps the blobs. */
  public enum Type {
    /** Files under {@code c360.blobstore.local.root}. */
    LOCAL,
    /** Objects in {@code c360.blobstore.s3.bucket}. */
    S3
  }

  /**
   * @param root the directory blobs are kept under (default {@code ./.c360/data/blobs})
   */
  public record Local(Path root) {

    public static final Path DEFAULT_ROOT = Path.of(".c360", "data", "blobs");

    public Local(@Nullable Path root) {
      this.root = root == null ? DEFAULT_ROOT : root;
    }
  }

  /**
   * @param bucket the bucket, required when {@code type} is {@code s3}
   * @param prefix a key prefix inside the bucket, e.g. {@code c360/}; empty for none
   * @param endpoint endpoint override, only for local S3-compatible servers; empty for AWS
   * @param pathStyle whether to address the bucket in the path ({@code host/bucket/key}) rather
   *     than the host name, as many S3-compatible servers need
   */
  public record S3(
      @Nullable String bucket, String prefix, @Nullable URI endpoint, boolean pathStyle) {

    public S3(
        @Nullable String bucket,
        @Nullable String prefix,
        @Nullable URI endpoint,
        boolean pathStyle) {
      this.bucket = bucket == null || bucket.isBlank() ? null : bucket.trim();
      this.prefix = prefix == null ? "" : prefix.trim();
      this.endpoint = endpoint == null || endpoint.toString().isBlank() ? null : endpoint;
      this.pathStyle = pathStyle;
    }
  }
}
