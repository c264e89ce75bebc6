package io.c360.scoring.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.score.ProfileScore;
import io.c360.platform.blob.LocalDirectoryBlobStore;
import io.c360.scoring.scoring.ProfileScorer.ScoredProfile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch job that scored a profile before its erasure writes its file after it: the erased profile
 * is left out, so no score file ever holds it again.
 */
class ScoreFilesErasureTest {

  @TempDir Path root;

  private static ScoredProfile scored(String profileId, double score) {
    return new ScoredProfile(
        profileId,
        new ProfileScore("churn_90d", 1, score, Instant.parse("2026-12-01T00:00:00Z"), List.of()),
        new float[0]);
  }

  @Test
  void aJobThatScoredAProfileBeforeItsErasureWritesTheFileWithoutIt() throws IOException {
    var blobs = new LocalDirectoryBlobStore(root);
    var erased = new ErasedProfiles(Clock.systemUTC());
    var files = new ScoreFiles(blobs, erased);
    String earlier =
        files.write("churn_90d", 1, "job-0", Instant.now(), List.of(scored("p-ann", 0.9)));
    // the running job has computed its scores ...
    List<ScoredProfile> computed = List.of(scored("p-ann", 0.8), scored("p-bob", 0.4));

    // ... when Ann is erased: the earlier file is cleaned at once
    erased.erase("p-ann", () -> files.erase("p-ann"));
    String key = files.write("churn_90d", 1, "job-1", Instant.now(), computed);

    for (String file : List.of(earlier, key, "scores/churn_90d/latest.csv")) {
      assertThat(read(blobs, file)).as(file).doesNotContain("p-ann");
    }
    assertThat(read(blobs, key)).contains("p-bob");
  }

  private static String read(LocalDirectoryBlobStore blobs, String key) throws IOException {
    try (InputStream in = blobs.open(key)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
