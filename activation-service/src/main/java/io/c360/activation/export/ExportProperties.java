package io.c360.activation.export;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Exports ({@code c360.activation.exports.*}).
 *
 * @param lookalikeRequiredConsent a consent key (e.g. {@code advertising}) a profile must have
 *     given to be in a lookalike seed list; empty (the default) exports every selected profile
 */
@Validated
@ConfigurationProperties("c360.activation.exports")
public record ExportProperties(@Nullable String lookalikeRequiredConsent) {}
