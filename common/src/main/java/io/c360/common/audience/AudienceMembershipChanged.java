package io.c360.common.audience;

import java.time.Instant;

/**
 * A profile entered ({@code member = true}) or left an audience; one record on {@code
 * c360.audience-memberships.v1}, keyed by profileId.
 *
 * @param audienceKey the audience's stable name used as a trait by destinations, e.g. {@code
 *     winback}
 */
public record AudienceMembershipChanged(
    String audienceId, String audienceKey, String profileId, boolean member, Instant at) {}
