package io.c360.scoring.registry;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param definitions where the shipped model definitions are (a Spring resource pattern); each is
 *     loaded at startup unless a newer version was created through the API
 * @param promotionMargin how much a new version's test ROC AUC must exceed each baseline's in its
 *     own report (recency, logistic) to become champion on arrival (default 0.01)
 */
@Validated
@ConfigurationProperties("c360.scoring.registry")
public record RegistryProperties(
    @NotBlank String definitions,
    @DefaultValue("0.01") @DecimalMin("0.0") @DecimalMax("0.5") double promotionMargin) {

  public RegistryProperties {
    if (definitions == null || definitions.isBlank()) {
      definitions = "classpath:models/*.yaml";
    }
  }
}
