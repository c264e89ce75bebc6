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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LocalDirectoryBlobStoreTest {

  @TempDir Path dir;
  private Path root;
  private LocalDirectoryBlobStore blobs;

  @BeforeEach
  void setUp() {
    root = dir.resolve("blobs");
    blobs = new LocalDirectoryBlobStore(root);
  }

  private static InputStream text(String content) {
    return new ByteArrayInputStream(content.getBytes(UTF_8));
  }

  private String read(String key) throws IOException {
    try (InputStream in = blobs.open(key)) {
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  @Test
  void readsBackWhatWasPut() throws IOException {
    blobs.put("imports/pos-2026-11-01.csv", text("sku,qty\nA-1,2\n"));

    assertThat(read("imports/pos-2026-11-01.csv")).isEqualTo("sku,qty\nA-1,2\n");
    assertThat(blobs.exists("imports/pos-2026-11-01.csv")).isTrue();
    assertThat(blobs.size("imports/pos-2026-11-01.csv")).isEqualTo(14);
    assertThat(root.resolve("imports/pos-2026-11-01.csv")).hasContent("sku,qty\nA-1,2\n");
  }

  @Test
  void replacesABlobThatIsPutAgain() throws IOException {
    blobs.put("models/churn.json", text("v1"));
    blobs.put("models/churn.json", text("version 2"));

    assertThat(read("models/churn.json")).isEqualTo("version 2");
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

    assertThat(read("exports/seed.csv")).isEqualTo("hash\nabc\n");
  }

  @Test
  void keepsTheOldBlobAndLeavesNoTemporaryFileWhenAWriterFails() throws IOException {
    blobs.put("exports/seed.csv", text("old"));

    assertThatThrownBy(
            () ->
                blobs.write(
                    "exports/seed.csv",
                    out -> {
                      out.write("half of the new".getBytes(UTF_8));
                      throw new IOException("scoring failed");
                    }))
        .hasMessage("scoring failed");

    assertThat(read("exports/seed.csv")).isEqualTo("old");
    try (Stream<Path> files = Files.list(root.resolve("exports"))) {
      assertThat(files).containsExactly(root.resolve("exports/seed.csv"));
    }
  }

  @Test
  void putsExactlyTheGivenLengthAndLeavesTheRestOfTheStreamUnread() throws IOException {
    InputStream in = text("0123456789");

    blobs.put("a/b.bin", in, 4);

    assertThat(read("a/b.bin")).isEqualTo("0123");
    assertThat(new String(in.readAllBytes(), UTF_8)).isEqualTo("456789");
  }

  @Test
  void storesNothingWhenTheStreamIsShorterThanItsGivenLength() {
    assertThatThrownBy(() -> blobs.put("a/b.bin", text("0123"), 10))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("10 bytes")
        .hasMessageContaining("after 4");

    assertThat(blobs.exists("a/b.bin")).isFalse();
  }

  @Test
  void listsKeysByPrefixInLexicalOrder() throws IOException {
    for (String key :
        List.of(
            "imports/pos-2026-11-02.csv",
            "imports/pos-2026-11-01.csv",
            "imports/catalog.jsonl",
            "imports/archive/pos-2025.csv",
            "exports/seed.csv",
            "top.txt")) {
      blobs.put(key, text(key));
    }

    assertThat(blobs.list("imports/pos-"))
        .containsExactly("imports/pos-2026-11-01.csv", "imports/pos-2026-11-02.csv");
    assertThat(blobs.list("imports/"))
        .containsExactly(
            "imports/archive/pos-2025.csv",
            "imports/catalog.jsonl",
            "imports/pos-2026-11-01.csv",
            "imports/pos-2026-11-02.csv");
    assertThat(blobs.list("")).hasSize(6).startsWith("exports/seed.csv").endsWith("top.txt");
    assertThat(blobs.list("to")).containsExactly("top.txt");
    assertThat(blobs.list("nothing/here/")).isEmpty();
  }

  @Test
  void listsNothingBeforeTheRootDirectoryExists() throws IOException {
    assertThat(blobs.list("")).isEmpty();
  }

  @Test
  void doesNotListWritesInProgress() throws IOException {
    Files.createDirectories(root.resolve("imports"));
    Files.writeString(root.resolve("imports/.c360-upload-123.tmp"), "partial");
    Files.writeString(root.resolve(".c360-upload-456.tmp"), "partial");

    assertThat(blobs.list("")).isEmpty();
  }

  @Test
  void failsWithTheKeyWhenOpeningAMissingBlob() {
    assertThatThrownBy(() -> blobs.open("imports/missing.csv"))
        .isInstanceOf(BlobNotFoundException.class)
        .hasMessageContaining("'imports/missing.csv'")
        .hasMessageContaining(root.toString())
        .satisfies(
            e -> assertThat(((BlobNotFoundException) e).key()).isEqualTo("imports/missing.csv"));
    assertThatThrownBy(() -> blobs.size("imports/missing.csv"))
        .isInstanceOf(BlobNotFoundException.class);
  }

  @Test
  void treatsADirectoryAsNoBlob() throws IOException {
    blobs.put("imports/a.csv", text("a"));

    assertThat(blobs.exists("imports")).isFalse();
    assertThatThrownBy(() -> blobs.open("imports")).isInstanceOf(BlobNotFoundException.class);
  }

  @Test
  void deletesABlobAndIgnoresOneThatIsMissing() throws IOException {
    blobs.put("a.txt", text("a"));

    blobs.delete("a.txt");
    blobs.delete("a.txt");

    assertThat(blobs.exists("a.txt")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "../outside.txt",
        "imports/../../outside.txt",
        "imports/..",
        "/etc/passwd",
        "imports\\pos.csv",
        "C:/outside.txt",
        "./a.txt",
        "imports//a.txt",
        "imports/",
        "",
        " ",
        "a\u0000b"
      })
  void refusesKeysThatAreNotPlainRelativePaths(String key) {
    assertThatIllegalArgumentException().isThrownBy(() -> blobs.put(key, text("x")));
    assertThatIllegalArgumentException().isThrownBy(() -> blobs.open(key));
    assertThatIllegalArgumentException().isThrownBy(() -> blobs.exists(key));
    assertThatIllegalArgumentException().isThrownBy(() -> blobs.delete(key));
    assertThat(dir.resolve("outside.txt")).doesNotExist();
  }

  @ParameterizedTest
  @ValueSource(strings = {"../", "..", "/", "imports/../", "a\\", "imports//"})
  void refusesPrefixesThatLeaveTheRoot(String prefix) {
    assertThatIllegalArgumentException().isThrownBy(() -> blobs.list(prefix));
  }

  @Test
  void streamsA50MegabyteBlobOfUnknownLength() throws IOException {
    long length = 50L * 1024 * 1024;

    blobs.put("training/large.bin", new GeneratedStream(length));

    assertThat(blobs.size("training/large.bin")).isEqualTo(length);
    assertThat(GeneratedStream.crc32(blobs.open("training/large.bin")))
        .isEqualTo(GeneratedStream.crc32(length));
  }

  @Test
  void streamsA50MegabyteBlobOfKnownLength() throws IOException {
    long length = 50L * 1024 * 1024;

    blobs.put("training/large.bin", new GeneratedStream(length), length);

    assertThat(blobs.size("training/large.bin")).isEqualTo(length);
    assertThat(GeneratedStream.crc32(blobs.open("training/large.bin")))
        .isEqualTo(GeneratedStream.crc32(length));
  }
}
