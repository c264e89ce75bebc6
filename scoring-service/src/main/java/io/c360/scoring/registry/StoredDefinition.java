package io.c360.scoring.registry;

import io.c360.scoring.model.ModelDefinition;
import java.time.Instant;

/**
 * One version of a model definition: shipped in the service's configuration ({@code createdBy}
 * {@code config}) or created through the API (the token's name).
 */
public record StoredDefinition(
    ModelDefinition definition, int version, Instant createdAt, String createdBy) {

  public String name() {
    return definition.name();
  }
}
