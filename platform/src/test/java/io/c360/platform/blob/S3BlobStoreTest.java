package io.c360.platform.blob;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3 adapter against {@link FakeS3}, a loopback HTTP server that checks the exact requests a
 * real, path-style {@link S3Client} sends. The client keeps the SDK's default checksum settings (as
 * production does), so uploads arrive {@code aws-chunked} with a CRC32 trailer, which the fake
 * decodes and verifies.
 */
class S3BlobStoreTest {

  private static final String BUCKET = "c360-test";

  private FakeS3 fake;
  private S3Client s3;
  private S3BlobStore blobs;

  @BeforeEach
  void setUp() throws IOException {
    fake = new FakeS3();
    s3 =
        S3Client.builder()
            .httpClientBuilder(ApacheHttpClient.builder())
            .endpointOverride(fake.endpoint())
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create("test-access-key", "test-secret-key")))
            .build();
    blobs = new S3BlobStore(s3, BUCKET, "tenant-a");
  }

  @AfterEach
  void tearDown() {
    s3.close();
    fake.close();
  }

  private static InputStream text(String content) {
    return new ByteArrayInputStream(content.getBytes(UTF_8));
  }

  private FakeS3.Request onlyRequest() {
    assertThat(fake.requests()).hasSize(1);
    return fake.requests().getFirst();
  }

  @Test
  void putsAKnownLengthBlobAsOnePutObjectUnderTheBucketAndPrefix() throws IOException {
    blobs.put("imports/pos-2026-11-01.csv", text("sku,qty\nA-1,2\n"), 14);

    FakeS3.Request put = onlyRequest();
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.path()).isEqualTo("/c360-test/tenant-a/imports/pos-2026-11-01.csv");
    assertThat(put.query()).isEmpty();
    assertThat(put.bodyText()).isEqualTo("sku,qty\nA-1,2\n");
    assertThat(put.header("x-amz-decoded-content-length")).isEqualTo("14");
    assertThat(put.header("authorization"))
        .startsWith("AWS4-HMAC-SHA256 Credential=test-access-key/")
        .contains("/us-east-1/s3/aws4_request");
    assertThat(put.trailers())
        .containsEntry(
            "x-amz-checksum-crc32", FakeS3.crc32Base64("sku,qty\nA-1,2\n".getBytes(UTF_8)));
  }

  @Test
  void putsOnlyTheGivenLengthOfALongerStream() throws IOException {
    blobs.put("a.txt", text("0123456789"), 4);

    assertThat(onlyRequest().bodyText()).isEqualTo("0123");
  }

  @Test
  void putsASmallBlobOfUnknownLengthAsOnePutObject() throws IOException {
    blobs.put("exports/seed.csv", text("hash\nabc\n"));

    FakeS3.Request put = onlyRequest();
    assertThat(put.method()).isEqualTo("PUT");
    assertThat(put.path()).isEqualTo("/c360-test/tenant-a/exports/seed.csv");
    assertThat(put.bodyText()).isEqualTo("hash\nabc\n");
  }

  @Test
  void uploadsALargeBlobOfUnknownLengthInParts() throws IOException {
    S3BlobStore smallParts = new S3BlobStore(s3, BUCKET, "tenant-a/", 1024);
    long length = 2 * 1024 + 500;

    smallParts.put("training/set.bin", new GeneratedStream(length));

    assertThat(FakeS3.methodsAndPaths(fake.requests()))
        .containsExactly(
            "POST /c360-test/tenant-a/training/set.bin",
            "PUT /c360-test/tenant-a/training/set.bin",
            "PUT /c360-test/tenant-a/training/set.bin",
            "PUT /c360-test/tenant-a/training/set.bin",
            "POST /c360-test/tenant-a/training/set.bin");
    var requests = fake.requests();
    assertThat(requests.get(0).query()).containsOnlyKeys("uploads");
    for (int part = 1; part <= 3; part++) {
      assertThat(requests.get(part).query())
          .containsEntry("partNumber", Integer.toString(part))
          .containsEntry("uploadId", "upload-1");
    }
    assertThat(requests.get(1).body()).hasSize(1024);
    assertThat(requests.get(3).body()).hasSize(500);
    assertThat(requests.get(4).query()).containsEntry("uploadId", "upload-1");
    assertThat(requests.get(4).bodyText())
        .contains("<PartNumber>1</PartNumber>", "<PartNumber>3</PartNumber>");
    byte[] stored = fake.object("c360-test/tenant-a/training/set.bin");
    assertThat(stored).hasSize((int) length);
    assertThat(GeneratedStream.crc32(new ByteArrayInputStream(stored)))
        .isEqualTo(GeneratedStream.crc32(length));
  }

  @Test
  void abortsTheMultipartUploadAndStoresNothingWhenTheWriterFails() {
    S3BlobStore smallParts = new S3BlobStore(s3, BUCKET, "tenant-a", 1024);

    assertThatThrownBy(
            () ->
                smallParts.write(
                    "exports/seed.csv",
                    out -> {
                      out.write(new byte[3000]);
                      throw new IOException("scoring failed");
                    }))
        .hasMessage("scoring failed");

    FakeS3.Request last = fake.requests().getLast();
    assertThat(last.method()).isEqualTo("DELETE");
    assertThat(last.path()).isEqualTo("/c360-test/tenant-a/exports/seed.csv");
    assertThat(last.query()).containsEntry("uploadId", "upload-1");
    assertThat(fake.objectKeys()).isEmpty();
    assertThat(fake.openUploads()).isZero();
  }

  @Test
  void sendsNothingWhenASmallWriterFails() {
    assertThatThrownBy(
            () ->
                blobs.write(
                    "exports/seed.csv",
                    out -> {
                      out.write("half".getBytes(UTF_8));
                      throw new IllegalStateException("no scores");
                    }))
        .hasMessage("no scores");

    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void storesWhatAWriterWritesEvenWhenItClosesTheStream() throws IOException {
    blobs.write(
        "exports/seed.csv",
        out -> {
          try (Writer writer = new OutputStreamWriter(out, UTF_8)) {
            writer.write("hash\nabc\n");
          }
        });

    assertThat(onlyRequest().bodyText()).isEqualTo("hash\nabc\n");
  }

  @Test
  void opensAnObjectAsAStream() throws IOException {
    fake.putObject("c360-test/tenant-a/imports/pos.csv", "sku,qty\nA-1,2\n");

    try (InputStream in = blobs.open("imports/pos.csv")) {
      assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("sku,qty\nA-1,2\n");
    }

    FakeS3.Request get = onlyRequest();
    assertThat(get.method()).isEqualTo("GET");
    assertThat(get.path()).isEqualTo("/c360-test/tenant-a/imports/pos.csv");
  }

  @Test
  void streamsBackWhatWasPut() throws IOException {
    long length = 3L * 1024 * 1024;
    blobs.put("training/set.bin", new GeneratedStream(length), length);

    assertThat(blobs.size("training/set.bin")).isEqualTo(length);
    assertThat(GeneratedStream.crc32(blobs.open("training/set.bin")))
        .isEqualTo(GeneratedStream.crc32(length));
  }

  @Test
  void turnsNoSuchKeyIntoBlobNotFound() {
    assertThatThrownBy(() -> blobs.open("imports/missing.csv"))
        .isInstanceOf(BlobNotFoundException.class)
        .hasMessage("no blob at 'imports/missing.csv' in s3://c360-test/tenant-a/");

    FakeS3.Request get = onlyRequest();
    assertThat(get.method()).isEqualTo("GET");
    assertThat(get.path()).isEqualTo("/c360-test/tenant-a/imports/missing.csv");
  }

  @Test
  void answersExistsAndSizeWithHeadObject() throws IOException {
    fake.putObject("c360-test/tenant-a/imports/pos.csv", "sku,qty\n");

    assertThat(blobs.exists("imports/pos.csv")).isTrue();
    assertThat(blobs.exists("imports/missing.csv")).isFalse();
    assertThat(blobs.size("imports/pos.csv")).isEqualTo(8);
    assertThatThrownBy(() -> blobs.size("imports/missing.csv"))
        .isInstanceOf(BlobNotFoundException.class);

    assertThat(FakeS3.methodsAndPaths(fake.requests()))
        .containsExactly(
            "HEAD /c360-test/tenant-a/imports/pos.csv",
            "HEAD /c360-test/tenant-a/imports/missing.csv",
            "HEAD /c360-test/tenant-a/imports/pos.csv",
            "HEAD /c360-test/tenant-a/imports/missing.csv");
  }

  @Test
  void listsKeysWithListObjectsV2AndStripsTheStorePrefix() throws IOException {
    fake.putObject("c360-test/tenant-a/imports/pos-2026-11-01.csv", "a");
    fake.putObject("c360-test/tenant-a/imports/catalog.jsonl", "b");
    fake.putObject("c360-test/tenant-a/exports/seed.csv", "c");
    fake.putObject("c360-test/tenant-b/imports/other.csv", "d");

    assertThat(blobs.list("imports/"))
        .containsExactly("imports/catalog.jsonl", "imports/pos-2026-11-01.csv");

    FakeS3.Request list = onlyRequest();
    assertThat(list.method()).isEqualTo("GET");
    assertThat(list.path()).isEqualTo("/c360-test");
    assertThat(list.query())
        .containsEntry("list-type", "2")
        .containsEntry("prefix", "tenant-a/imports/")
        .doesNotContainKey("continuation-token");
  }

  @Test
  void followsContinuationTokensThroughEveryPage() throws IOException {
    fake.pageSize = 2;
    for (int i = 1; i <= 5; i++) {
      fake.putObject("c360-test/tenant-a/scores/part-" + i + ".csv", "x");
    }

    assertThat(blobs.list("scores/part-"))
        .containsExactly(
            "scores/part-1.csv",
            "scores/part-2.csv",
            "scores/part-3.csv",
            "scores/part-4.csv",
            "scores/part-5.csv");

    assertThat(fake.requests())
        .extracting(FakeS3.Request::query)
        .extracting(q -> q.get("continuation-token"))
        .containsExactly(null, "tenant-a/scores/part-2.csv", "tenant-a/scores/part-4.csv");
  }

  @Test
  void skipsFolderMarkersWhenListing() throws IOException {
    fake.putObject("c360-test/tenant-a/imports/", "");
    fake.putObject("c360-test/tenant-a/imports/a.csv", "a");

    assertThat(blobs.list("")).containsExactly("imports/a.csv");
  }

  @Test
  void deletesWithDeleteObject() throws IOException {
    fake.putObject("c360-test/tenant-a/imports/pos.csv", "a");

    blobs.delete("imports/pos.csv");

    FakeS3.Request delete = onlyRequest();
    assertThat(delete.method()).isEqualTo("DELETE");
    assertThat(delete.path()).isEqualTo("/c360-test/tenant-a/imports/pos.csv");
    assertThat(fake.objectKeys()).isEmpty();
  }

  @Test
  void reportsOtherS3ErrorsAsIoExceptionsNamingTheObject() {
    fake.denied = request -> true;

    assertThatThrownBy(() -> blobs.open("imports/pos.csv"))
        .isInstanceOf(IOException.class)
        .isNotInstanceOf(BlobNotFoundException.class)
        .hasMessageContaining("S3 GetObject of s3://c360-test/tenant-a/imports/pos.csv failed")
        .hasMessageContaining("Access Denied");
  }

  @Test
  void worksWithoutAKeyPrefix() throws IOException {
    S3BlobStore unprefixed = new S3BlobStore(s3, BUCKET, "");
    unprefixed.put("a.txt", text("a"), 1);

    assertThat(onlyRequest().path()).isEqualTo("/c360-test/a.txt");
    assertThat(unprefixed.list("")).containsExactly("a.txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"../other-tenant/a.csv", "/a.csv", "a\\b.csv", "a//b.csv", "a/./b"})
  void refusesUnsafeKeysWithoutCallingS3(String key) {
    assertThatIllegalArgumentException().isThrownBy(() -> blobs.open(key));
    assertThatIllegalArgumentException().isThrownBy(() -> blobs.put(key, text("x")));
    assertThatIllegalArgumentException().isThrownBy(() -> blobs.delete(key));
    assertThat(fake.requests()).isEmpty();
  }

  @Test
  void normalizesTheKeyPrefix() {
    assertThat(new S3BlobStore(s3, BUCKET, "/c360").keyPrefix()).isEqualTo("c360/");
    assertThat(new S3BlobStore(s3, BUCKET, "c360/").keyPrefix()).isEqualTo("c360/");
    assertThat(new S3BlobStore(s3, BUCKET, null).keyPrefix()).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> new S3BlobStore(s3, BUCKET, "a/../b"));
    assertThatIllegalArgumentException().isThrownBy(() -> new S3BlobStore(s3, " ", "a"));
  }
}
