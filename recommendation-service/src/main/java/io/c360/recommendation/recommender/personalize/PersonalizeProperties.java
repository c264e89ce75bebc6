package io.c360.recommendation.recommender.personalize;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Amazon Personalize backend ({@code c360.recommendation.personalize.*}); off unless {@code
 * enabled}. Credentials come from the AWS SDK's default chain.
 *
 * @param region the Personalize region (default: {@code c360.aws.region})
 * @param endpoint an endpoint override, only for a local server standing in for Personalize
 * @param settings campaigns or recommenders per context, similar, popular, ranking, the event
 *     tracker and the call timeout (see docs/personalize.md)
 */
@ConfigurationProperties("c360.recommendation.personalize")
public record PersonalizeProperties(
    boolean enabled,
    @Nullable String region,
    @Nullable URI endpoint,
    @Nullable PersonalizeSettings settings) {}
