package io.c360.scoring.scoring;

import io.c360.common.score.ScoreReason;
import io.c360.platform.blob.BlobStore;
import io.c360.scoring.scoring.ProfileScorer.ScoredProfile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * The score file marketers review: one CSV per model and run, highest score first, with the decile
 * (1 = top 10 %) and the top three reasons, at {@code scores/<model>/v<n>/<time>-<job>.csv} and
 * copied to {@code scores/<model>/latest.csv}.
 */
@Component
class ScoreFiles {

  static final List<String> HEADER =
      List.of(
          "profile_id",
          "model",
          "model_version",
          "score",
          "decile",
          "scored_at",
          "reason_1",
          "reason_1_contribution",
          "reason_2",
          "reason_2_contribution",
          "reason_3",
          "reason_3_contribution");

  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final BlobStore blobs;
  private final ErasedProfiles erased;

  ScoreFiles(BlobStore blobs, ErasedProfiles erased) {
    this.blobs = blobs;
    this.erased = erased;
  }

  /**
   * Writes the file and its {@code latest.csv} copy, leaving out profiles erased since they were
   * scored; returns the file's key.
   */
  public String write(
      String model, int version, String jobId, Instant at, List<ScoredProfile> scored) {
    return erased.writeUnlessErased(
        scored, ScoredProfile::profileId, kept -> writeFile(model, version, jobId, at, kept));
  }

  private String writeFile(
      String model, int version, String jobId, Instant at, List<ScoredProfile> scored) {
    List<ScoredProfile> ranked = new ArrayList<>(scored);
    ranked.sort(
        Comparator.comparingDouble((ScoredProfile s) -> -s.score().score())
            .thenComparing(ScoredProfile::profileId));
    String key =
        "scores/" + model + "/v" + version + "/" + FILE_TIME.format(at) + "-" + jobId + ".csv";
    try {
      blobs.write(key, out -> print(ranked, out));
      blobs.write("scores/" + model + "/latest.csv", out -> print(ranked, out));
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the score file " + key, e);
    }
    return key;
  }

  /** Removes a profile's rows from every score file; returns how many files had any. */
  public int erase(String profileId) {
    int changed = 0;
    try {
      for (String key : blobs.list("scores/")) {
        if (!key.endsWith(".csv")) {
          continue;
        }
        List<CSVRecord> kept = new ArrayList<>();
        boolean found = false;
        try (Reader reader = new InputStreamReader(blobs.open(key), StandardCharsets.UTF_8)) {
          for (CSVRecord record :
              CSVFormat.DEFAULT
                  .builder()
                  .setHeader()
                  .setSkipHeaderRecord(true)
                  .get()
                  .parse(reader)) {
            if (profileId.equals(record.get("profile_id"))) {
              found = true;
            } else {
              kept.add(record);
            }
          }
        }
        if (found) {
          blobs.write(
              key,
              out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv =
                    CSVFormat.DEFAULT
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .get()
                        .print(writer);
                for (CSVRecord record : kept) {
                  csv.printRecord(record.values());
                }
                csv.flush();
              });
          changed++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove profile rows from the score files", e);
    }
    return changed;
  }

  private static void print(List<ScoredProfile> ranked, java.io.OutputStream out)
      throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter csv =
        CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get().print(writer);
    int n = ranked.size();
    for (int i = 0; i < n; i++) {
      ScoredProfile s = ranked.get(i);
      List<Object> row = new ArrayList<>();
      row.add(s.profileId());
      row.add(s.score().model());
      row.add(s.score().modelVersion());
      row.add(String.format(java.util.Locale.ROOT, "%.6f", s.score().score()));
      row.add(1 + (int) ((long) i * 10 / n));
      row.add(s.score().scoredAt().toString());
      for (int r = 0; r < 3; r++) {
        if (r < s.score().reasons().size()) {
          ScoreReason reason = s.score().reasons().get(r);
          row.add(reason.feature());
          row.add(String.format(java.util.Locale.ROOT, "%.6f", reason.contribution()));
        } else {
          row.add("");
          row.add("");
        }
      }
      csv.printRecord(row);
    }
    csv.flush();
  }
}
