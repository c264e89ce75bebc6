package io.c360.common.identifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {

  @ParameterizedTest
  @CsvSource({
    "ann@example.com, a***@example.com",
    "ann.lee+promo@gmail.com, a***@gmail.com",
    "a@example.com, a***@example.com",
    "@example.com, ***@example.com"
  })
  void keepsOnlyTheFirstCharacterOfAnEmailsLocalPart(String email, String masked) {
    assertThat(Redaction.mask(email)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "+14155554567     | +1******4567",
        "+442079460958    | +44******0958",
        "+44 20 7946 0958 | +44******0958",
        "(415) 555-2671   | ******2671",
        "555-0100         | *****00",
        "123456           | ****56"
      })
  void keepsOnlyTheCountryCodeAndLastDigitsOfAPhone(String phone, String masked) {
    assertThat(Redaction.mask(phone)).isEqualTo(masked);
  }

  @Test
  void keepsAtMostFourLeadingCharactersOfATokenAndNeverItsLength() {
    assertThat(Redaction.mask("wk_live_8f3a2b1c9d8e7f6a5b4c3d2e")).isEqualTo("wk_l****");
    assertThat(Redaction.mask("abcdefgh")).isEqualTo("ab****");
    assertThat(Redaction.mask("abc")).isEqualTo("****");
    assertThat(Redaction.mask("")).isEqualTo("****");
  }

  @Test
  void masksNullAsTheWordNull() {
    assertThat(Redaction.mask((String) null)).isEqualTo("null");
  }

  @Test
  void masksIdentifiersByTheirType() {
    assertThat(Redaction.mask(new Identifier(IdentifierType.EMAIL, "ann@example.com")))
        .isEqualTo("a***@example.com");
    assertThat(Redaction.mask(new Identifier(IdentifierType.PHONE, "+14155552671")))
        .isEqualTo("+1******2671");
    assertThat(Redaction.mask(new Identifier(IdentifierType.USER_ID, "12345678901234567890")))
        .isEqualTo("1234****");
  }

  @Test
  void neverReturnsTheFullValue() {
    for (String secret :
        new String[] {"ann@example.com", "+14155552671", "(415) 555-2671", "s3cr3t-t0k3n-value"}) {
      assertThat(Redaction.mask(secret)).isNotEqualTo(secret).doesNotContain(secret);
    }
  }
}
