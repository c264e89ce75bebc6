package io.c360.ingest.support;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierProperties;
import java.util.Set;

/** Identifier normalizers for unit tests. */
public final class Normalizers {

  private Normalizers() {}

  public static IdentifierNormalizer us() {
    return new IdentifierNormalizer(new IdentifierProperties("US", Set.of()));
  }
}
