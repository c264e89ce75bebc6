package io.c360.activation.campaign;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How campaigns run ({@code c360.activation.campaigns.*}).
 *
 * @param pollInterval how often due and unfinished campaigns are looked for
 * @param lease how long an instance holds a running campaign without renewing it; after a crash
 *     another instance (or the restarted one) resumes it once the lease has run out
 * @param sendAttempts attempts per message when a destination fails in a retryable way
 * @param retryBackoff the wait before the second attempt, doubled for each further one
 */
@Validated
@ConfigurationProperties("c360.activation.campaigns")
public record CampaignProperties(
    @NotNull @DefaultValue("1s") Duration pollInterval,
    @NotNull @DefaultValue("30s") Duration lease,
    @Min(1) @Max(10) @DefaultValue("3") int sendAttempts,
    @NotNull @DefaultValue("200ms") Duration retryBackoff) {}
