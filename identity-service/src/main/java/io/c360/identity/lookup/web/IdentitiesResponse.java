package io.c360.identity.lookup.web;

import io.c360.common.profile.LinkedIdentifier;
import io.c360.identity.resolution.AuditEntry;
import io.c360.identity.resolution.MergeRecord;
import java.util.List;

/**
 * The identity graph of one profile: each identifier with when and how it was linked, the profiles
 * merged into it, profiles an operator keeps apart from it, and its audit trail (merges, refused
 * merges with their reasons, suggested fuzzy links, unmerges).
 */
record IdentitiesResponse(
    String profileId,
    List<LinkedIdentifier> identifiers,
    List<MergeRecord> merges,
    List<String> keptApartFrom,
    List<AuditEntry> audit) {}
