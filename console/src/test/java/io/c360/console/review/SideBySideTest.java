package io.c360.console.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SideBySideTest {

  /** A suggestion as identity-service's {@code GET /v1/link-suggestions} lists it. */
  private static Map<String, Object> suggestion() {
    Map<String, Object> ann = new LinkedHashMap<>();
    ann.put("lastName", "Lee");
    ann.put("firstName", "Ann");
    ann.put("postcode", "90210");
    ann.put("birthDate", "1980-01-05");
    Map<String, Object> anne = new LinkedHashMap<>();
    anne.put("firstName", "Anne");
    anne.put("lastName", "Lee");
    anne.put("postcode", "90210");
    anne.put("loyaltyTier", "gold");
    Map<String, Object> suggestion = new LinkedHashMap<>();
    suggestion.put("id", "0123456789abcdef01234567");
    suggestion.put("status", "pending");
    suggestion.put("score", 0.8134);
    suggestion.put("suggestedAt", "2026-12-03T10:00:00Z");
    suggestion.put("record", Map.of("profileId", "p-ann", "fields", ann));
    suggestion.put("candidate", Map.of("profileId", "p-anne", "fields", anne));
    suggestion.put("similarities", Map.of("firstName", 0.93, "lastName", 1.0, "postcode", 1.0));
    return suggestion;
  }

  @Test
  void listsEveryFieldEitherSideHasInTheMatchersOrderWithItsSimilarity() {
    SideBySide view = SideBySide.of(suggestion());

    assertThat(view.rows())
        .extracting(SideBySide.Row::label)
        .containsExactly("First name", "Last name", "Postcode", "Birth date", "loyaltyTier");
    SideBySide.Row first = view.rows().getFirst();
    assertThat(first.record()).isEqualTo("Ann");
    assertThat(first.candidate()).isEqualTo("Anne");
    assertThat(first.similarityText()).isEqualTo("93 %");
    assertThat(first.same()).isFalse();
    assertThat(view.rows().get(1).same()).isTrue();
    SideBySide.Row born = view.rows().get(3);
    assertThat(born.candidate()).isNull();
    assertThat(born.similarityText()).isEqualTo("—");
  }

  @Test
  void readsTheScoreThePairAndTheNames() {
    SideBySide view = SideBySide.of(suggestion());

    assertThat(view.scoreText()).isEqualTo("0.81");
    assertThat(view.recordProfileId()).isEqualTo("p-ann");
    assertThat(view.candidateProfileId()).isEqualTo("p-anne");
    assertThat(view.recordName()).isEqualTo("Ann Lee");
    assertThat(view.candidateName()).isEqualTo("Anne Lee");
    assertThat(view.pending()).isTrue();
    assertThat(view.decidedBy()).isNull();
  }

  @Test
  void showsADecidedSuggestionAndOneWhoseProfilesWereErased() {
    Map<String, Object> decided = suggestion();
    decided.put("status", "accepted");
    decided.put("decidedBy", "local-console");
    decided.put("record", Map.of("profileId", "p-ann", "fields", Map.of()));
    decided.put("candidate", Map.of("profileId", "p-anne", "fields", Map.of()));
    decided.put("similarities", Map.of());

    SideBySide view = SideBySide.of(decided);

    assertThat(view.pending()).isFalse();
    assertThat(view.decidedBy()).isEqualTo("local-console");
    assertThat(view.rows()).isEmpty();
    assertThat(view.recordName()).isEqualTo("—");
  }
}
