package io.c360.recommendation.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What to evaluate.
 *
 * @param testDays the test window's length in days (1 to 365; default 30); the validation slice
 *     before the split has the same length
 * @param end the test window's end (default: the data's end, just after its last interaction —
 *     never the clock, so a history that stopped months ago is still evaluated on its last days)
 * @param bootstrapSamples resamples for HR@10's 95 % interval (0 to 10,000; default 1,000)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvaluationRequest(int testDays, @Nullable Instant end, int bootstrapSamples) {

  public static final int DEFAULT_TEST_DAYS = 30;
  public static final int DEFAULT_BOOTSTRAP_SAMPLES = 1_000;
}
