package io.c360.common.identifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdentifierNormalizerTest {

  private final IdentifierNormalizer us = new IdentifierNormalizer("US");
  private final IdentifierNormalizer gb = new IdentifierNormalizer("GB");

  @Test
  void trimsAndLowerCasesEmails() {
    assertThat(us.normalize(IdentifierType.EMAIL, "  Ann.Lee@Example.COM \t"))
        .contains(new Identifier(IdentifierType.EMAIL, "ann.lee@example.com"));
  }

  @Test
  void keepsPlusAddressingAndDotsInEmails() {
    assertThat(us.normalize(IdentifierType.EMAIL, "Ann.Lee+Promo@GMail.com"))
        .map(Identifier::value)
        .contains("ann.lee+promo@gmail.com");
  }

  @Test
  void trimsNoBreakSpacesAndByteOrderMarksCopiedFromSpreadsheets() {
    assertThat(us.normalize(IdentifierType.EMAIL, "\uFEFF\u00A0ann@example.com\u00A0\u200B"))
        .map(Identifier::value)
        .contains("ann@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ann",
        "ann@",
        "@example.com",
        "ann@@example.com",
        "ann@lee@example.com",
        "ann lee@example.com",
        "ann@exa mple.com",
        "ann@localhost",
        "ann@.com",
        "ann@example.",
        "ann@example..com"
      })
  void rejectsValuesThatAreNotEmails(String raw) {
    assertThat(us.normalize(IdentifierType.EMAIL, raw)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "(415) 555-2671   | +14155552671",
        "415.555.2671     | +14155552671",
        "1-415-555-2671   | +14155552671",
        "+1 415 555 2671  | +14155552671",
        "+44 20 7946 0958 | +442079460958",
      })
  void formatsPhonesAsE164ReadingNationalNumbersInTheUsDefaultRegion(String raw, String e164) {
    assertThat(us.normalize(IdentifierType.PHONE, raw))
        .contains(new Identifier(IdentifierType.PHONE, e164));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "020 7946 0958    | +442079460958",
        "+44 20 7946 0958 | +442079460958",
        "07400 123456     | +447400123456",
        "+1 (415) 555-2671| +14155552671",
      })
  void readsNationalNumbersInTheConfiguredDefaultRegion(String raw, String e164) {
    assertThat(gb.normalize(IdentifierType.PHONE, raw)).map(Identifier::value).contains(e164);
  }

  @Test
  void readsFrenchNationalNumbersWithAFrenchDefaultRegion() {
    assertThat(new IdentifierNormalizer("FR").normalize(IdentifierType.PHONE, "01 42 68 53 00"))
        .map(Identifier::value)
        .contains("+33142685300");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "555-0100",
        "+1 123 456 7890",
        "12345",
        "+44 20 7946",
        "not a phone",
        "+999 1234 5678",
        "020 7946 0958"
      })
  void dropsPhoneNumbersLibphonenumberDoesNotConsiderValid(String raw) {
    assertThat(us.normalize(IdentifierType.PHONE, raw)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("plainIdTypes")
  void trimsIdsAndKeepsTheirCase(IdentifierType type) {
    assertThat(us.normalize(type, "  AbC-123_x \n")).contains(new Identifier(type, "AbC-123_x"));
  }

  static Stream<IdentifierType> plainIdTypes() {
    return Stream.of(
        IdentifierType.USER_ID,
        IdentifierType.ANONYMOUS_ID,
        IdentifierType.LOYALTY_ID,
        IdentifierType.DEVICE_ID);
  }

  @ParameterizedTest
  @MethodSource("everyType")
  void returnsNothingForAbsentOrBlankValues(IdentifierType type) {
    assertThat(us.normalize(type, null)).isEmpty();
    assertThat(us.normalize(type, "")).isEmpty();
    assertThat(us.normalize(type, " \t\u00A0")).isEmpty();
  }

  static Stream<IdentifierType> everyType() {
    return Arrays.stream(IdentifierType.values());
  }

  @ParameterizedTest
  @MethodSource("blockedValuesForEveryType")
  void neverTurnsAPlaceholderIntoAnIdentifier(IdentifierType type, String placeholder) {
    assertThat(us.normalize(type, placeholder)).isEmpty();
    assertThat(us.normalize(type, placeholder.toUpperCase(java.util.Locale.ROOT))).isEmpty();
    assertThat(us.normalize(type, "  " + placeholder + " ")).isEmpty();
    assertThat(us.isBlocked(placeholder)).isTrue();
  }

  static Stream<Arguments> blockedValuesForEveryType() {
    List<String> placeholders =
        List.of(
            "null", "undefined", "anonymous", "0", "-1", "test@test.com", "none", "n/a", "unknown");
    return Arrays.stream(IdentifierType.values())
        .flatMap(type -> placeholders.stream().map(p -> Arguments.of(type, p)));
  }

  @Test
  void blocksTheTestEmailWhateverItsCase() {
    assertThat(us.normalize(IdentifierType.EMAIL, " Test@TEST.com ")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"000-000", "----", "0000000000", "00 00", "-", "--0--", "0-0-0-0"})
  void blocksValuesMadeOnlyOfZerosAndDashes(String raw) {
    for (IdentifierType type : IdentifierType.values()) {
      assertThat(us.normalize(type, raw)).as("%s %s", type, raw).isEmpty();
    }
  }

  @Test
  void keepsIdsThatMerelyContainZerosAndDashes() {
    assertThat(us.normalize(IdentifierType.LOYALTY_ID, "000-001")).isPresent();
    assertThat(us.normalize(IdentifierType.USER_ID, "10")).isPresent();
  }

  @Test
  void blocksConfiguredExtraValuesCaseInsensitively() {
    IdentifierNormalizer normalizer =
        new IdentifierNormalizer("US", Set.of(" Guest ", "POS-WALKIN"));

    assertThat(normalizer.normalize(IdentifierType.USER_ID, "guest")).isEmpty();
    assertThat(normalizer.normalize(IdentifierType.LOYALTY_ID, "pos-walkin")).isEmpty();
    assertThat(normalizer.normalize(IdentifierType.USER_ID, "null")).isEmpty();
    assertThat(us.normalize(IdentifierType.USER_ID, "guest")).isPresent();
  }

  @Test
  void takesRegionAndBlockedValuesFromProperties() {
    IdentifierNormalizer normalizer =
        new IdentifierNormalizer(new IdentifierProperties("gb", Set.of("guest")));

    assertThat(normalizer.defaultRegion()).isEqualTo("GB");
    assertThat(normalizer.normalize(IdentifierType.PHONE, "020 7946 0958")).isPresent();
    assertThat(normalizer.normalize(IdentifierType.USER_ID, "GUEST")).isEmpty();
  }

  @Test
  void defaultsPropertiesToTheUsAndNoExtraBlockedValues() {
    IdentifierProperties properties = new IdentifierProperties(null, null);

    assertThat(properties.defaultRegion()).isEqualTo("US");
    assertThat(properties.blockedValues()).isEmpty();
  }

  @Test
  void rejectsARegionLibphonenumberDoesNotKnow() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new IdentifierNormalizer("XX"))
        .withMessageContaining("'XX'");
  }

  @Test
  void extractsEveryUsableIdentifierInTypeOrder() {
    Map<IdentifierType, String> raw = new EnumMap<>(IdentifierType.class);
    raw.put(IdentifierType.ANONYMOUS_ID, " anon-42 ");
    raw.put(IdentifierType.EMAIL, "Ann@Example.com");
    raw.put(IdentifierType.PHONE, "(415) 555-2671");
    raw.put(IdentifierType.USER_ID, "anonymous");
    raw.put(IdentifierType.LOYALTY_ID, "not-a-placeholder");
    raw.put(IdentifierType.DEVICE_ID, null);

    assertThat(us.extract(raw))
        .containsExactly(
            new Identifier(IdentifierType.EMAIL, "ann@example.com"),
            new Identifier(IdentifierType.PHONE, "+14155552671"),
            new Identifier(IdentifierType.LOYALTY_ID, "not-a-placeholder"),
            new Identifier(IdentifierType.ANONYMOUS_ID, "anon-42"));
  }

  @Test
  void givesTheSameAnswersFromManyThreadsAtOnce() {
    List<String> results =
        IntStream.range(0, 2_000)
            .parallel()
            .mapToObj(
                i ->
                    us.normalize(IdentifierType.PHONE, "(415) 555-" + (2000 + i % 10))
                        .orElseThrow()
                        .value())
            .toList();

    assertThat(results)
        .allSatisfy(e164 -> assertThat(e164).matches("\\+1415555200[0-9]"))
        .hasSize(2_000);
  }
}
