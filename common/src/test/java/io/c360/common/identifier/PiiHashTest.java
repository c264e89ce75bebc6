package io.c360.common.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PiiHashTest {

  private final IdentifierNormalizer normalizer = new IdentifierNormalizer("US");

  @Test
  void hashesTheNormalizedEmailAsLowerCaseHexSha256() {
    Identifier email =
        normalizer.normalize(IdentifierType.EMAIL, " Ann@Example.COM ").orElseThrow();

    assertThat(PiiHash.sha256Hex(email))
        .isEqualTo("71d4f55f72fa128dfb468a1a3901507c804b74316488744d769d7f4b16696476");
  }

  @Test
  void hashesThePhoneInE164SoEveryWritingOfOneNumberHashesAlike() {
    Identifier formatted =
        normalizer.normalize(IdentifierType.PHONE, "(415) 555-2671").orElseThrow();
    Identifier international =
        normalizer.normalize(IdentifierType.PHONE, "+1 415-555-2671").orElseThrow();

    assertThat(PiiHash.sha256Hex(formatted))
        .isEqualTo(PiiHash.sha256Hex(international))
        .isEqualTo("cb6880e416769253645cb9c6b8989154bf66a56a77fc14c81fb1019663cbb928");
  }
}
