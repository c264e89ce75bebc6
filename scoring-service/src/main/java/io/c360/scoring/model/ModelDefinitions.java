package io.c360.scoring.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads model definitions from YAML (the shipped ones live under {@code models/}). */
public final class ModelDefinitions {

  private static final YAMLMapper YAML =
      YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private ModelDefinitions() {}

  /**
   * Parses one definition; does not validate it (see {@link ModelDefinition#problems()}).
   *
   * @throws IllegalArgumentException when the YAML is malformed or has unknown fields
   */
  public static ModelDefinition read(InputStream yaml) {
    try (yaml) {
      return YAML.readValue(yaml, ModelDefinition.class);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("invalid model definition: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a shipped definition, {@code models/<name>.yaml} on the classpath. */
  public static ModelDefinition shipped(String name) {
    InputStream yaml = ModelDefinitions.class.getResourceAsStream("/models/" + name + ".yaml");
    if (yaml == null) {
      throw new IllegalArgumentException("no shipped model definition named " + name);
    }
    return read(yaml);
  }
}
