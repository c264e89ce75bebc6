package io.c360.common.identifier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How identifiers are normalized, from {@code c360.identifiers.*}.
 *
 * @param defaultRegion ISO 3166 region for phone numbers written without a country code (default
 *     {@code US}; case-insensitive)
 * @param blockedValues extra placeholder values that must never become identifiers, on top of
 *     {@link IdentifierNormalizer#PLACEHOLDERS}
 */
@Validated
@ConfigurationProperties("c360.identifiers")
public record IdentifierProperties(
    @NotBlank @Pattern(regexp = "[A-Z]{2}") String defaultRegion, Set<String> blockedValues) {

  public IdentifierProperties(@Nullable String defaultRegion, @Nullable Set<String> blockedValues) {
    this.defaultRegion =
        defaultRegion == null || defaultRegion.isBlank()
            ? "US"
            : defaultRegion.trim().toUpperCase(Locale.ROOT);
    this.blockedValues = blockedValues == null ? Set.of() : Set.copyOf(blockedValues);
  }
}
