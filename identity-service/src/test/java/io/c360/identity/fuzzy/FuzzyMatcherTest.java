package io.c360.identity.fuzzy;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FuzzyMatcherTest {

  private final FuzzyMatchingProperties defaults = FuzzyMatchingProperties.defaults();
  private final FuzzyMatcher matcher = new FuzzyMatcher(defaults);

  private OfflinePerson ann(String first, String last, String street, String postcode) {
    return new OfflinePerson(first, last, street, postcode, LocalDate.of(1984, 3, 9));
  }

  private FuzzyDecision decideAgainstAnn(OfflinePerson record) {
    return matcher.decide(record, List.of(new FuzzyCandidate("ann", People.ann())));
  }

  @Test
  void scoresIdenticalRecordsOne() {
    assertThat(matcher.score(People.ann(), People.ann())).isEqualTo(1.0);
  }

  @Test
  void linksDespiteCaseSpacingAndStreetAbbreviation() {
    assertThat(decideAgainstAnn(ann("ANN", "  fletcher ", "12 oak st.", "10001")))
        .isInstanceOf(FuzzyDecision.Link.class);
  }

  @Test
  void linksDespiteATransposedLetterInTheLastName() {
    assertThat(decideAgainstAnn(ann("Ann", "Flecther", "12 Oak Street", "10001")))
        .isEqualTo(new FuzzyDecision.Link("ann", decideScore("Ann", "Flecther")));
  }

  private double decideScore(String first, String last) {
    return matcher.score(ann(first, last, "12 Oak Street", "10001"), People.ann());
  }

  @Test
  void linksDespiteANeighbouringKeyTypo() {
    assertThat(decideAgainstAnn(ann("Ann", "Fletchet", "12 Oak Street", "10001")))
        .isInstanceOf(FuzzyDecision.Link.class);
  }

  @Test
  void linksDespiteSwappedFirstAndLastName() {
    assertThat(decideAgainstAnn(ann("Fletcher", "Ann", "12 Oak Street", "10001")))
        .isInstanceOf(FuzzyDecision.Link.class);
  }

  @Test
  void swappedNamesStillShareABlockingKey() {
    assertThat(matcher.blockingKeys(ann("Fletcher", "Ann", "12 Oak St", "10001")))
        .containsAnyElementsOf(matcher.blockingKeys(People.ann()));
  }

  @Test
  void aTypoInTheLastNameStillSharesABlockingKey() {
    assertThat(matcher.blockingKeys(ann("Ann", "Pletcher", null, "10001")))
        .containsAnyElementsOf(matcher.blockingKeys(People.ann()));
  }

  @Test
  void linksANicknameToTheFullName() {
    OfflinePerson bob =
        new OfflinePerson("Bob", "Muller", "7 Station Rd", "10002", LocalDate.of(1961, 11, 23));
    assertThat(matcher.decide(bob, List.of(new FuzzyCandidate("robert", People.robert()))))
        .isInstanceOf(FuzzyDecision.Link.class);
    assertThat(matcher.blockingKeys(bob))
        .containsAnyElementsOf(matcher.blockingKeys(People.robert()));
  }

  @Test
  void linksDespiteAMissingStreet() {
    assertThat(decideAgainstAnn(ann("Ann", "Fletcher", null, "10001")))
        .isInstanceOf(FuzzyDecision.Link.class);
  }

  @Test
  void linksATillRecordOfNamesAndPostcodeWhenNobodyElseIsClose() {
    assertThat(decideAgainstAnn(new OfflinePerson("Ann", "Fletcher", null, "10001", null)))
        .isInstanceOf(FuzzyDecision.Link.class);
  }

  @Test
  void onlySuggestsWhenJustTheLastNameAndPostcodeAgree() {
    OfflinePerson tillRecord = new OfflinePerson(null, "Fletcher", null, "10001", null);
    assertThat(decideAgainstAnn(tillRecord))
        .isEqualTo(
            new FuzzyDecision.Suggest(
                List.of(new ScoredCandidate("ann", matcher.score(tillRecord, People.ann())))));
  }

  @Test
  void doesNotLinkATwinWithAnotherFirstName() {
    assertThat(decideAgainstAnn(People.annsTwin())).isNotInstanceOf(FuzzyDecision.Link.class);
  }

  @Test
  void doesNotLinkAFamilyMemberBornInAnotherYear() {
    OfflinePerson daughter =
        new OfflinePerson("Ann", "Fletcher", "12 Oak Street", "10001", LocalDate.of(2012, 6, 1));
    assertThat(decideAgainstAnn(daughter)).isNotInstanceOf(FuzzyDecision.Link.class);
  }

  @Test
  void findsNothingForSomeoneElse() {
    assertThat(decideAgainstAnn(People.robert())).isEqualTo(new FuzzyDecision.NoMatch());
  }

  @Test
  void suggestsInsteadOfGuessingBetweenTwoCloseCandidates() {
    OfflinePerson ambiguous = new OfflinePerson("Ann", "Fletcher", "12 Oak Street", "10001", null);
    OfflinePerson otherAnn =
        new OfflinePerson("Ann", "Fletcher", "12 Oak Street", "10001", LocalDate.of(1950, 1, 2));
    FuzzyDecision decision =
        matcher.decide(
            ambiguous,
            List.of(new FuzzyCandidate("ann", People.ann()), new FuzzyCandidate("mum", otherAnn)));
    assertThat(decision).isInstanceOf(FuzzyDecision.Suggest.class);
    assertThat(((FuzzyDecision.Suggest) decision).candidates())
        .extracting(ScoredCandidate::profileId)
        .containsExactlyInAnyOrder("ann", "mum");
  }

  @Test
  void linksTheClearlyBestOfSeveralCandidates() {
    FuzzyDecision decision =
        matcher.decide(
            ann("Ann", "Fletcher", "12 Oak St", "10001"),
            List.of(
                new FuzzyCandidate("twin", People.annsTwin()),
                new FuzzyCandidate("ann", People.ann()),
                new FuzzyCandidate("robert", People.robert())));
    assertThat(decision).isInstanceOf(FuzzyDecision.Link.class);
    assertThat(((FuzzyDecision.Link) decision).profileId()).isEqualTo("ann");
  }

  @Test
  void neverMatchesWhenDisabled() {
    FuzzyMatcher disabled = new FuzzyMatcher(new FuzzyMatchingProperties(false, 0.86, 0.7, 50));
    assertThat(disabled.decide(People.ann(), List.of(new FuzzyCandidate("ann", People.ann()))))
        .isEqualTo(new FuzzyDecision.NoMatch());
  }

  @Test
  void normalizesAccentsAbbreviationsAndPostcodes() {
    assertThat(OfflineText.name("Lefèvre")).isEqualTo("lefevre");
    assertThat(OfflineText.name("O'Brien")).isEqualTo("obrien");
    assertThat(OfflineText.street("12 N. Oak St.")).isEqualTo("12 north oak street");
    assertThat(OfflineText.postcode("sw1a 1aa")).isEqualTo("SW1A1AA");
    assertThat(OfflineText.postcode("10001-1234")).isEqualTo("10001");
    assertThat(OfflineText.firstName("Liz")).isEqualTo("elizabeth");
  }

  @Test
  void readsSegmentReservedTraits() {
    Map<String, Object> traits =
        Map.of(
            "firstName", "Ann",
            "lastName", "Fletcher",
            "address", Map.of("street", "12 Oak Street", "postal_code", "10001"),
            "birthday", "1984-03-09T00:00:00.000Z");
    assertThat(OfflinePerson.fromTraits(traits)).contains(People.ann());
  }

  @Test
  void splitsTheNameTraitAndReadsCamelCasePostcode() {
    Map<String, Object> traits =
        Map.of("name", "Ann Fletcher", "address", Map.of("postalCode", "10001"));
    assertThat(OfflinePerson.fromTraits(traits))
        .contains(new OfflinePerson("Ann", "Fletcher", null, "10001", null));
  }

  @Test
  void needsALastNameAndAPostcodeOrBirthDate() {
    assertThat(OfflinePerson.fromTraits(Map.of("lastName", "Fletcher"))).isEmpty();
    assertThat(
            OfflinePerson.fromTraits(
                Map.of("firstName", "Ann", "address", Map.of("postal_code", "10001"))))
        .isEmpty();
    assertThat(OfflinePerson.fromTraits(Map.of("lastName", "Fletcher", "birthday", "1984-03-09")))
        .contains(new OfflinePerson(null, "Fletcher", null, null, LocalDate.of(1984, 3, 9)));
    assertThat(OfflinePerson.fromTraits(Map.of("lastName", "Fletcher", "birthday", "not a date")))
        .isEmpty();
  }

  @Test
  void roundTripsThroughJson() {
    OfflinePerson partial = new OfflinePerson(null, "Fletcher", null, "10001", null);
    for (JsonMapper json : List.of(EventJson.mapper(), JsonMapper.builder().build())) {
      assertThat(json.readValue(json.writeValueAsString(People.ann()), OfflinePerson.class))
          .isEqualTo(People.ann());
      assertThat(json.readValue(json.writeValueAsString(partial), OfflinePerson.class))
          .isEqualTo(partial);
    }
  }
}
