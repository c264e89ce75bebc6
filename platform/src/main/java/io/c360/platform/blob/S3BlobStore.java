package io.c360.platform.blob;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs as objects in an S3 bucket, under an optional key prefix: the blob {@code imports/pos.csv}
 * in a store with prefix {@code c360} is the object {@code c360/imports/pos.csv}.
 *
 * <p>Reads stream the GetObject response. Writes of known length are one PutObject streamed from
 * the caller's stream (up to 5 GiB). Writes of unknown length are buffered one part at a time (8
 * MiB by default, so at most one part is in memory): content that fits in one part is one
 * PutObject, anything larger a multipart upload (CreateMultipartUpload, UploadPart per part,
 * CompleteMultipartUpload), aborted when the writer or an upload fails so no half blob appears.
 * With 8 MiB parts and S3's limit of 10,000 parts, a blob of unknown length may reach about 78 GiB.
 * Listing pages through ListObjectsV2. Errors of the SDK surface as {@link IOException}s, a missing
 * object as {@link BlobNotFoundException}.
 *
 * <p>The client's checksum settings apply unchanged: with the SDK's defaults, uploads carry a CRC
 * checksum that S3 verifies.
 */
public final class S3BlobStore implements BlobStore {

  static final int DEFAULT_PART_SIZE = 8 * 1024 * 1024;
  private static final long MAX_SINGLE_PUT = 5L * 1024 * 1024 * 1024;
  private static final int MAX_PARTS = 10_000;
  private static final int INITIAL_BUFFER = 64 * 1024;
  private static final String CONTENT_TYPE = "application/octet-stream";

  private final S3Client s3;
  private final String bucket;
  private final String keyPrefix;
  private final int partSize;

  /**
   * @param s3 the client, configured with region, credentials and (for local servers only) an
   *     endpoint
   * @param bucket the bucket
   * @param keyPrefix a prefix for every object key, e.g. {@code c360} or {@code c360/}; a {@code /}
   *     is added when missing; empty for none
   */
  public S3BlobStore(S3Client s3, String bucket, @Nullable String keyPrefix) {
    this(s3, bucket, keyPrefix, DEFAULT_PART_SIZE);
  }

  S3BlobStore(S3Client s3, String bucket, @Nullable String keyPrefix, int partSize) {
    this.s3 = Objects.requireNonNull(s3, "s3");
    if (bucket == null || bucket.isBlank()) {
      throw new IllegalArgumentException("an S3 blob store needs a bucket");
    }
    if (partSize < 1) {
      throw new IllegalArgumentException("part size must be positive: " + partSize);
    }
    this.bucket = bucket.trim();
    this.keyPrefix = normalizePrefix(keyPrefix);
    this.partSize = partSize;
  }

  private static String normalizePrefix(@Nullable String prefix) {
    if (prefix == null || prefix.isBlank()) {
      return "";
    }
    String p = prefix.trim();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    if (p.isEmpty()) {
      return "";
    }
    p = p.endsWith("/") ? p : p + "/";
    return BlobStore.checkPrefix(p);
  }

  /** The bucket. */
  public String bucket() {
    return bucket;
  }

  /** The prefix of every object key, empty or ending in {@code /}. */
  public String keyPrefix() {
    return keyPrefix;
  }

  private String objectKey(String key) {
    return keyPrefix + BlobStore.checkKey(key);
  }

  @Override
  public InputStream open(String key) throws IOException {
    String objectKey = objectKey(key);
    try {
      return s3.getObject(r -> r.bucket(bucket).key(objectKey));
    } catch (NoSuchKeyException e) {
      throw notFound(key);
    } catch (SdkException e) {
      if (isNotFound(e)) {
        throw notFound(key);
      }
      throw failed("GetObject", objectKey, e);
    }
  }

  @Override
  public void put(String key, InputStream content, long length) throws IOException {
    if (length < 0) {
      throw new IllegalArgumentException("length must not be negative: " + length);
    }
    if (length > MAX_SINGLE_PUT) {
      write(key, out -> BlobStreams.copyExactly(content, out, length, key));
      return;
    }
    String objectKey = objectKey(key);
    try {
      s3.putObject(
          r -> r.bucket(bucket).key(objectKey).contentLength(length).contentType(CONTENT_TYPE),
          RequestBody.fromInputStream(content, length));
    } catch (SdkException e) {
      throw failed("PutObject", objectKey, e);
    }
  }

  @Override
  public void write(String key, BlobWriter writer) throws IOException {
    MultipartOutput out = new MultipartOutput(objectKey(key));
    try {
      writer.writeTo(out);
      out.commit();
    } catch (IOException | RuntimeException | Error e) {
      out.abort(e);
      throw e;
    }
  }

  @Override
  public boolean exists(String key) throws IOException {
    String objectKey = objectKey(key);
    try {
      s3.headObject(r -> r.bucket(bucket).key(objectKey));
      return true;
    } catch (SdkException e) {
      if (isNotFound(e)) {
        return false;
      }
      throw failed("HeadObject", objectKey, e);
    }
  }

  @Override
  public long size(String key) throws IOException {
    String objectKey = objectKey(key);
    try {
      return s3.headObject(r -> r.bucket(bucket).key(objectKey)).contentLength();
    } catch (SdkException e) {
      if (isNotFound(e)) {
        throw notFound(key);
      }
      throw failed("HeadObject", objectKey, e);
    }
  }

  @Override
  public List<String> list(String prefix) throws IOException {
    String objectPrefix = keyPrefix + BlobStore.checkPrefix(prefix);
    try {
      List<String> keys = new ArrayList<>();
      for (S3Object object :
          s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(objectPrefix)).contents()) {
        String key = object.key().substring(keyPrefix.length());
        if (!key.isEmpty() && !key.endsWith("/")) { // skip "folder" markers
          keys.add(key);
        }
      }
      keys.sort(null);
      return List.copyOf(keys);
    } catch (SdkException e) {
      throw failed("ListObjectsV2", objectPrefix, e);
    }
  }

  @Override
  public void delete(String key) throws IOException {
    String objectKey = objectKey(key);
    try {
      s3.deleteObject(r -> r.bucket(bucket).key(objectKey));
    } catch (SdkException e) {
      if (!isNotFound(e)) {
        throw failed("DeleteObject", objectKey, e);
      }
    }
  }

  private static boolean isNotFound(SdkException e) {
    return e instanceof NoSuchKeyException
        || (e instanceof S3Exception s3 && s3.statusCode() == 404);
  }

  private BlobNotFoundException notFound(String key) {
    return new BlobNotFoundException(key, location());
  }

  private IOException failed(String operation, String objectKey, SdkException e) {
    return new IOException(
        "S3 " + operation + " of s3://" + bucket + "/" + objectKey + " failed: " + e.getMessage(),
        e);
  }

  private String location() {
    return "s3://" + bucket + "/" + keyPrefix;
  }

  @Override
  public String toString() {
    return "S3BlobStore[" + location() + "]";
  }

  /**
   * Collects written bytes into one part-sized buffer at a time. Nothing becomes visible until
   * {@link #commit()}: content within one part is then one PutObject, larger content a multipart
   * upload whose parts were sent as the buffer filled. {@link #close()} only stops further writes,
   * so a writer may close the stream it was handed.
   */
  private final class MultipartOutput extends OutputStream {

    private final String objectKey;
    private final List<CompletedPart> parts = new ArrayList<>();
    private byte[] buffer = new byte[Math.min(INITIAL_BUFFER, partSize)];
    private int filled;
    private @Nullable String uploadId;
    private boolean closed;

    MultipartOutput(String objectKey) {
      this.objectKey = objectKey;
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (closed) {
        throw new IOException("stream for s3://" + bucket + "/" + objectKey + " is closed");
      }
      while (len > 0) {
        if (filled == partSize) {
          uploadPart();
        }
        if (filled == buffer.length) {
          buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, partSize));
        }
        int n = Math.min(len, buffer.length - filled);
        System.arraycopy(b, off, buffer, filled, n);
        filled += n;
        off += n;
        len -= n;
      }
    }

    @Override
    public void close() {
      closed = true;
    }

    private RequestBody body() {
      byte[] bytes = buffer;
      int length = filled;
      return RequestBody.fromContentProvider(
          () -> new ByteArrayInputStream(bytes, 0, length), length, CONTENT_TYPE);
    }

    private void uploadPart() throws IOException {
      try {
        if (uploadId == null) {
          uploadId =
              s3.createMultipartUpload(
                      r -> r.bucket(bucket).key(objectKey).contentType(CONTENT_TYPE))
                  .uploadId();
        }
        int partNumber = parts.size() + 1;
        if (partNumber > MAX_PARTS) {
          throw new IOException(
              "blob s3://"
                  + bucket
                  + "/"
                  + objectKey
                  + " needs more than "
                  + MAX_PARTS
                  + " parts of "
                  + partSize
                  + " bytes; give its length to put(key, content, length)");
        }
        String id = uploadId;
        long length = filled;
        String eTag =
            s3.uploadPart(
                    r ->
                        r.bucket(bucket)
                            .key(objectKey)
                            .uploadId(id)
                            .partNumber(partNumber)
                            .contentLength(length),
                    body())
                .eTag();
        parts.add(CompletedPart.builder().partNumber(partNumber).eTag(eTag).build());
        filled = 0;
      } catch (SdkException e) {
        throw failed("UploadPart", objectKey, e);
      }
    }

    void commit() throws IOException {
      closed = true;
      if (uploadId == null) {
        try {
          long length = filled;
          s3.putObject(
              r -> r.bucket(bucket).key(objectKey).contentLength(length).contentType(CONTENT_TYPE),
              body());
          return;
        } catch (SdkException e) {
          throw failed("PutObject", objectKey, e);
        }
      }
      if (filled > 0) {
        uploadPart();
      }
      String id = uploadId;
      try {
        s3.completeMultipartUpload(
            r -> r.bucket(bucket).key(objectKey).uploadId(id).multipartUpload(u -> u.parts(parts)));
      } catch (SdkException e) {
        throw failed("CompleteMultipartUpload", objectKey, e);
      }
    }

    void abort(Throwable cause) {
      closed = true;
      String id = uploadId;
      if (id == null) {
        return;
      }
      try {
        s3.abortMultipartUpload(r -> r.bucket(bucket).key(objectKey).uploadId(id));
      } catch (SdkException e) {
        cause.addSuppressed(e);
      }
    }
  }
}
