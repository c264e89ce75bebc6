/**
 * Offline evaluation: replays the service's interaction history with a temporal split and measures
 * every policy per context (HR@10, NDCG@10, MRR, coverage, repeat share, a bootstrap interval), as
 * jobs whose reports are kept; {@code auto} follows the latest report.
 */
@NullMarked
package io.c360.recommendation.evaluation;

import org.jspecify.annotations.NullMarked;
