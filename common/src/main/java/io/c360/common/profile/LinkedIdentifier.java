package io.c360.common.profile;

import io.c360.common.identifier.Identifier;
import java.time.Instant;

/**
 * An identifier of a profile and how it was linked: {@code how} is {@code event} (seen on an
 * event), {@code merge} (came with a merged profile) or {@code fuzzy} (an offline record matched by
 * name and address); {@code messageId} is the event that linked it.
 */
public record LinkedIdentifier(
    Identifier identifier, Instant linkedAt, String how, String messageId) {}
