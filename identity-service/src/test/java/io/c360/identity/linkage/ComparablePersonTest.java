package io.c360.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.OfflinePerson;
import io.c360.identity.fuzzy.OfflineText;
import io.c360.identity.linkage.synthetic.DuplicateGenerator;
import io.c360.identity.linkage.synthetic.DuplicateGenerator.Labelled;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ComparablePersonTest {

  private final FuzzyMatcher matcher =
      new FuzzyMatcher(io.c360.identity.fuzzy.FuzzyMatchingProperties.defaults());

  /** The definition of plain text: decompose, drop marks and apostrophes, one space between. */
  private static String reference(String s) {
    String folded =
        Normalizer.normalize(s, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT);
    String cleaned = folded.replaceAll("['’`´.]", "").replaceAll("[^a-z0-9]+", " ").strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  @Test
  void foldsAsciiTextInOnePassExactlyAsTheFullNormalization() {
    Random random = new Random(15);
    String alphabet = "aZq09 .'`-,/_#&()\t";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(OfflineText.plain(s.toString())).as("[%s]", s).isEqualTo(reference(s.toString()));
    }
    assertThat(OfflineText.plain("Lefèvre-O'Brien")).isEqualTo("lefevre obrien");
  }

  @Test
  void filesARecordUnderTheKeysTheIndexFilesItUnder() {
    for (Labelled record : new DuplicateGenerator(15).generate(500, 500)) {
      OfflinePerson person = record.person();
      assertThat(FuzzyMatcher.blockingKeys(ComparablePerson.of(person).blockingFields()))
          .containsExactlyElementsOf(matcher.blockingKeys(person));
    }
  }
}
