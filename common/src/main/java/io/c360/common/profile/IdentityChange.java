package io.c360.common.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record on {@code c360.identity-merges.v1} (key: the surviving profileId).
 *
 * @param type {@value #MERGED} ({@code mergedProfileId} now lives on as {@code profileId}) or
 *     {@value #UNMERGED} ({@code mergedProfileId} was split back out of {@code profileId})
 * @param identifierKeys the identifier keys ({@code type#value}) that moved
 * @param reason why: the identifier that linked the profiles, or the operator's note
 * @param actor who asked for an unmerge; null for merges made by resolution
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IdentityChange(
    String type,
    String profileId,
    String mergedProfileId,
    List<String> identifierKeys,
    String reason,
    Instant at,
    @Nullable String actor) {

  public static final String MERGED = "profile-merged";
  public static final String UNMERGED = "profile-unmerged";

  public IdentityChange {
    identifierKeys = List.copyOf(identifierKeys);
  }
}
