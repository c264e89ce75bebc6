package io.c360.recommendation.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One policy measured on one context's test customers, each shown the first 10 items the policy and
 * the context's rules leave.
 *
 * @param policy the policy's name
 * @param weight for {@code blend}, the weight of frequent items (searched on the validation slice)
 * @param hitRate HR@10: the share of test customers with at least one bought item in their 10
 * @param hitRateLow the 2.5th percentile of HR@10 over bootstrap resamples of the test customers
 * @param hitRateHigh the 97.5th percentile
 * @param ndcg NDCG@10 with binary relevance, ideal DCG over min(bought items, 10)
 * @param mrr the mean of 1 / rank of the first bought item (0 when none is in the 10)
 * @param coverage distinct items shown to anyone over the items seen before the split
 * @param repeatShare the share of shown items the customer had bought before the split
 * @param customers the test customers
 * @param hitRateFewOrders HR@10 among test customers with fewer than three orders before the split
 *     (absent when there are none)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyScore(
    String policy,
    @Nullable Double weight,
    double hitRate,
    double hitRateLow,
    double hitRateHigh,
    double ndcg,
    double mrr,
    double coverage,
    double repeatShare,
    int customers,
    @Nullable Double hitRateFewOrders) {}
