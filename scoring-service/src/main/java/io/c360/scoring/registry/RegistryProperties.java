package io.c360.scoring.registry;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * @param definitions where the shipped model definitions are (a Spring resource pattern); each is
 *     loaded at startup unless a newer version was created through the API
 */
@Validated
@ConfigurationProperties("c360.scoring.registry")
public record RegistryProperties(@NotBlank String definitions) {

  public RegistryProperties {
    if (definitions == null || definitions.isBlank()) {
      definitions = "classpath:models/*.yaml";
    }
  }
}
