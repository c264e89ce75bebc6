package io.c360.common.profile;

import java.time.Instant;

/**
 * One trait of a profile with where it came from: the value of the most recent event that set it
 * (by event time), that event's source and time.
 */
public record TraitValue(Object value, String source, Instant updatedAt) {}
