package io.c360.identity.pipeline;

/**
 * What one batch did: events applied to profiles, duplicates recognised (redelivered or already on
 * the timeline), events dropped (no identifier, or an erased one), profiles written.
 */
public record PipelineResult(int applied, int duplicates, int dropped, int profilesWritten) {}
