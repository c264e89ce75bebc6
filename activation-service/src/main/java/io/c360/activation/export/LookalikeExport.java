package io.c360.activation.export;

import io.c360.activation.audience.Audience;
import io.c360.activation.audience.AudienceStore;
import io.c360.activation.profile.ActivationProfile;
import io.c360.activation.profile.ProfileDirectory;
import io.c360.activation.profile.ProfileId;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.identifier.PiiHash;
import io.c360.platform.blob.BlobStore;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * Lookalike seed lists for display advertising: the hashed emails and phones of an audience's
 * members, or of the top fraction of profiles by a score, as a CSV in the blob store at {@code
 * exports/lookalike/<exportId>.csv}. The CSV has a header and one row per identifier:
 *
 * <pre>
 * type,sha256
 * email,5f0c2f4b...   (SHA-256 hex of the trimmed, lower-cased email)
 * phone,1a9e3c07...   (SHA-256 hex of the E.164 number, e.g. +14155552671)
 * </pre>
 *
 * Values are normalized again with the shared {@link IdentifierNormalizer} before hashing (values
 * that are not valid emails or phones are left out), and each hash is written once per file.
 */
public final class LookalikeExport {

  /** Where the CSVs go in the blob store. */
  public static final String PREFIX = "exports/lookalike/";

  public static final String NO_CONTACT = "no-email-or-phone";
  public static final String PROFILE_NOT_FOUND = "profile-not-found";
  public static final String NO_CONSENT = "no-consent";

  private static final int CHUNK = 500;

  private final ProfileDirectory profiles;
  private final BlobStore blobs;
  private final IdentifierNormalizer normalizer;
  private final @Nullable String requiredConsent;

  /**
   * @param requiredConsent a consent key (e.g. {@code advertising}) a profile must have given to be
   *     exported; null exports every selected profile
   */
  public LookalikeExport(
      ProfileDirectory profiles,
      BlobStore blobs,
      IdentifierNormalizer normalizer,
      @Nullable String requiredConsent) {
    this.profiles = profiles;
    this.blobs = blobs;
    this.normalizer = normalizer;
    this.requiredConsent =
        requiredConsent == null || requiredConsent.isBlank() ? null : requiredConsent;
  }

  /** What an export wrote. */
  public record Result(long members, long rows, Map<String, Long> skipped, String blobKey) {}

  /** The members of an audience. */
  public Result ofAudience(Audience audience, AudienceStore store, String exportId) {
    return write(
        exportId,
        rows -> {
          List<ProfileId> chunk = new ArrayList<>(CHUNK);
          long[] members = {0};
          store.forEachMember(
              audience.id(),
              member -> {
                members[0]++;
                chunk.add(member);
                if (chunk.size() == CHUNK) {
                  addChunk(chunk, rows);
                  chunk.clear();
                }
              });
          if (!chunk.isEmpty()) {
            addChunk(chunk, rows);
          }
          return members[0];
        });
  }

  /**
   * The top {@code fraction} of active profiles scored by {@code model} (ties broken by profileId
   * so the same scores select the same profiles); profiles without that score are not candidates.
   * The count is {@code ceil(fraction * scored profiles)}.
   */
  public Result ofTopScores(String model, double fraction, String exportId) {
    if (!(fraction > 0 && fraction <= 1)) {
      throw new IllegalArgumentException("topFraction must be in (0, 1], was " + fraction);
    }
    record Candidate(ProfileId id, double score, ActivationProfile profile) {}
    List<Candidate> scored = new ArrayList<>();
    profiles.forEachActive(
        profile -> {
          Double score = profile.scores().get(model);
          if (score != null && !score.isNaN()) {
            scored.add(new Candidate(profile.id(), score, slim(profile)));
          }
        });
    scored.sort(
        Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::id));
    int top = (int) Math.ceil(fraction * scored.size() - 1e-9);
    List<Candidate> chosen = scored.subList(0, Math.min(top, scored.size()));
    return write(
        exportId,
        rows -> {
          chosen.forEach(c -> rows.add(c.profile()));
          return chosen.size();
        });
  }

  /** Only what the export needs, so a scan of every profile holds little memory. */
  private static ActivationProfile slim(ActivationProfile profile) {
    return new ActivationProfile(
        profile.id(),
        profile.identifiers().stream()
            .filter(i -> i.type() == IdentifierType.EMAIL || i.type() == IdentifierType.PHONE)
            .toList(),
        Map.of(),
        profile.consent(),
        null,
        Map.of());
  }

  private void addChunk(List<ProfileId> chunk, Rows rows) {
    Map<ProfileId, ActivationProfile> found = profiles.findAll(chunk);
    for (ProfileId id : chunk) {
      ActivationProfile profile = found.get(id);
      if (profile == null) {
        rows.skip(PROFILE_NOT_FOUND);
      } else {
        rows.add(profile);
      }
    }
  }

  private interface Selection {
    long select(Rows rows) throws IOException;
  }

  private Result write(String exportId, Selection selection) {
    String key = PREFIX + exportId + ".csv";
    long[] members = {0};
    Rows[] written = {null};
    try {
      blobs.write(
          key,
          out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv =
                CSVFormat.DEFAULT.builder().setHeader("type", "sha256").get().print(writer);
            Rows rows = new Rows(csv);
            members[0] = selection.select(rows);
            csv.flush();
            written[0] = rows;
          });
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the lookalike export " + key, e);
    }
    return new Result(members[0], written[0].rows, written[0].skipped, key);
  }

  /** The CSV being written, with what was left out. */
  private final class Rows {
    private final CSVPrinter csv;
    private final Set<String> hashes = new LinkedHashSet<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private long rows;

    Rows(CSVPrinter csv) {
      this.csv = csv;
    }

    void skip(String reason) {
      skipped.merge(reason, 1L, Long::sum);
    }

    void add(ActivationProfile profile) {
      if (requiredConsent != null && !profile.consents(requiredConsent)) {
        skip(NO_CONSENT);
        return;
      }
      long before = rows;
      for (Identifier identifier : profile.identifiers()) {
        if (identifier.type() != IdentifierType.EMAIL
            && identifier.type() != IdentifierType.PHONE) {
          continue;
        }
        var normalized = normalizer.normalize(identifier.type(), identifier.value());
        if (normalized.isEmpty()) {
          continue;
        }
        String hash = PiiHash.sha256Hex(normalized.get());
        if (hashes.add(identifier.type().wireName() + ":" + hash)) {
          try {
            csv.printRecord(identifier.type().wireName(), hash);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          rows++;
        }
      }
      if (rows == before && profile.identifiers().stream().noneMatch(this::contact)) {
        skip(NO_CONTACT);
      }
    }

    private boolean contact(Identifier identifier) {
      return (identifier.type() == IdentifierType.EMAIL
              || identifier.type() == IdentifierType.PHONE)
          && normalizer.normalize(identifier.type(), identifier.value()).isPresent();
    }
  }
}
