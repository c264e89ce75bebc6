package io.c360.activation.audience;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An audience definition and its current state.
 *
 * @param key a stable lower-case name ({@code winback}) that destinations use as the membership
 *     trait ({@code audience_winback})
 * @param size how many profiles are members now
 * @param computedAt when the membership was last recomputed over every profile; null before the
 *     first computation
 */
public record Audience(
    AudienceId id,
    String key,
    String name,
    AudienceRule rule,
    Instant createdAt,
    long size,
    @Nullable Instant computedAt) {}
