package io.c360.common.identifier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param defaultRegion ISO 3166 region for phone numbers written without a country code
 * @param blockedValues extra placeholder values that must never become identifiers
 */
@Validated
@ConfigurationProperties("c360.identifiers")
public record IdentifierProperties(
    @NotBlank @Pattern(regexp = "[A-Z]{2}") String defaultRegion, Set<String> blockedValues) {

  public IdentifierProperties {
    defaultRegion = defaultRegion == null ? "US" : defaultRegion;
    blockedValues = blockedValues == null ? Set.of() : Set.copyOf(blockedValues);
  }
}
