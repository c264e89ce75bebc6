package io.c360.common.score;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A record on {@code c360.scores.v1} (key: profileId, wire type {@code scores-updated}): the
 * profile's new score under one model, or, with {@code score} null, that its score was removed (the
 * profile was erased or is no longer eligible).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoresUpdated(String profileId, String model, @Nullable ProfileScore score) {}
