package io.c360.activation.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The profile view ({@code c360.activation.profile-view.*}).
 *
 * @param writeConcurrency how many profiles of a batch are written to the view at once
 */
@Validated
@ConfigurationProperties("c360.activation.profile-view")
public record ProfileViewProperties(@Min(1) @Max(256) @DefaultValue("16") int writeConcurrency) {}
