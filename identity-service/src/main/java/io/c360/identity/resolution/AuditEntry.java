package io.c360.identity.resolution;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One line of a profile's audit trail.
 *
 * @param id a stable id: writing the same entry twice keeps one
 * @param kind {@code merged}, {@code merge-refused}, {@code link-suggested}, {@code unmerged} or
 *     {@code erased}
 * @param otherProfileIds the other profiles concerned
 * @param reason what happened and why, in words
 * @param actor the token that asked for it; {@code resolution} for automatic decisions
 * @param details extra facts (identifier types, scores, counts); never a raw email or phone
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record AuditEntry(
    String id,
    ProfileId profileId,
    Instant at,
    String kind,
    List<ProfileId> otherProfileIds,
    String reason,
    String actor,
    @Nullable Map<String, Object> details) {

  public static final String MERGED = "merged";
  public static final String MERGE_REFUSED = "merge-refused";
  public static final String LINK_SUGGESTED = "link-suggested";
  public static final String UNMERGED = "unmerged";
  public static final String ERASED = "erased";
  public static final String RESOLUTION = "resolution";

  public AuditEntry {
    otherProfileIds = otherProfileIds == null ? List.of() : List.copyOf(otherProfileIds);
    details = details == null ? null : Map.copyOf(details);
  }
}
