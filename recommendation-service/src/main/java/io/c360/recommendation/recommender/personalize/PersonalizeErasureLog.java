package io.c360.recommendation.recommender.personalize;

import io.c360.common.json.EventJson;
import io.c360.platform.blob.BlobStore;
import io.c360.platform.security.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Profiles erased while Personalize is in use. Personalize offers no per-user delete through its
 * runtime and events APIs, so an erasure is recorded here and every later {@link PersonalizeExport}
 * leaves the profile out; the datasets must then be re-imported (see docs/personalize.md).
 *
 * <p>Each erasure is its own blob, {@code personalize/erasures/<date>/<sha256 of the
 * profileId>.jsonl}, holding one JSON line {@code {"profileId":…,"erasedAt":…}}: the blob store
 * cannot append, and one blob per erasure needs no read-modify-write, so two instances erasing at
 * once lose nothing and erasing twice is harmless. The line keeps the profile id (the export must
 * recognise it) and nothing else about the customer.
 */
public final class PersonalizeErasureLog {

  static final String PREFIX = "personalize/erasures/";

  private final BlobStore blobs;
  private final Clock clock;

  public PersonalizeErasureLog(BlobStore blobs, Clock clock) {
    this.blobs = blobs;
    this.clock = clock;
  }

  /** Records the erasure of a profile. */
  public void record(String profileId) throws IOException {
    Instant now = clock.instant();
    String date = now.atZone(ZoneOffset.UTC).toLocalDate().toString();
    String key = PREFIX + date + "/" + Sha256.hex(profileId) + ".jsonl";
    var line = EventJson.mapper().createObjectNode();
    line.put("profileId", profileId);
    line.put("erasedAt", now.toString());
    byte[] bytes =
        (EventJson.mapper().writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8);
    blobs.write(key, out -> out.write(bytes));
  }

  /** Every profile erased so far. */
  public Set<String> erasedProfiles() throws IOException {
    Set<String> erased = new HashSet<>();
    for (String key : blobs.list(PREFIX)) {
      if (!key.endsWith(".jsonl")) {
        continue;
      }
      try (InputStream in = blobs.open(key)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
          if (!line.isBlank()) {
            JsonNode node = EventJson.mapper().readTree(line);
            erased.add(node.get("profileId").asString());
          }
        }
      }
    }
    return erased;
  }
}
