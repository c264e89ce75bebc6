package io.c360.identity.fuzzy.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import io.c360.devstack.DevStack;
import io.c360.devstack.DevStackClients;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.WithDevStack;
import io.c360.identity.IdentityTables;
import io.c360.identity.fuzzy.FuzzyCandidate;
import io.c360.identity.fuzzy.FuzzyMatcher;
import io.c360.identity.fuzzy.FuzzyMatchingProperties;
import io.c360.identity.fuzzy.OfflinePerson;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

@WithDevStack
class DynamoDbFuzzyIndexIntegrationTest {

  private static DynamoDbClient dynamo;
  private static DynamoDbFuzzyIndex index;
  private final FuzzyMatcher matcher = new FuzzyMatcher(FuzzyMatchingProperties.defaults());

  @BeforeAll
  static void connect() {
    DevStack stack = DevStackExtension.stack();
    // the service creates its tables when it starts; this test uses the adapter without it
    stack.createTables(List.of(IdentityTables.IDENTITY_BLOCKS));
    dynamo = DevStackClients.dynamoDb(stack);
    index =
        new DynamoDbFuzzyIndex(
            dynamo,
            stack.tablePrefix() + IdentityTables.IDENTITY_BLOCKS.name(),
            EventJson.mapper(),
            new FuzzyMatcher(FuzzyMatchingProperties.defaults()));
  }

  @AfterAll
  static void close() {
    dynamo.close();
  }

  /**
   * A surname unique to the test; the first-name keys are shared with other tests and runs, so
   * assertions look only at this test's profiles.
   */
  private static OfflinePerson person(String first, String last) {
    return new OfflinePerson(first, last, "12 Oak Street", "10001", LocalDate.of(1984, 3, 9));
  }

  @Test
  void findsARememberedProfileByAnyOfItsBlockingKeysOncePerProfile() {
    String surname = "Fletcher" + unique();
    OfflinePerson ann = person("Ann", surname);
    index.remember("profile-ann", ann);

    String id = "ann-" + surname;
    index.remember(id, ann);

    var found =
        ownedBy(surname, index.candidates(matcher.blockingKeys(person("Anne", surname)), 50));

    assertThat(found).containsExactly(new FuzzyCandidate(id, ann));
  }

  @Test
  void capsCandidatesAtTheLimit() {
    String surname = "Fletcher" + unique();
    for (int i = 0; i < 5; i++) {
      index.remember(i + "-" + surname, person("Ann" + i, surname));
    }

    assertThat(index.candidates(matcher.blockingKeys(person("Ann", surname)), 3)).hasSize(3);
    assertThat(ownedBy(surname, index.candidates(matcher.blockingKeys(person("Ann", surname)), 50)))
        .hasSize(5);
  }

  @Test
  void forgetsEveryBlockingKeyOfAProfile() {
    String surname = "Fletcher" + unique();
    OfflinePerson ann = person("Ann", surname);
    OfflinePerson joan = person("Joan", surname);
    index.remember("ann-" + surname, ann);
    index.remember("joan-" + surname, joan);

    index.forget("ann-" + surname, ann);

    Set<String> keys = matcher.blockingKeys(ann);
    assertThat(ownedBy(surname, index.candidates(keys, 50)))
        .extracting(FuzzyCandidate::profileId)
        .containsExactly("joan-" + surname);
  }

  @Test
  void findsNothingUnderUnknownKeys() {
    assertThat(index.candidates(Set.of("pc:00000:" + unique()), 50)).isEmpty();
  }

  private static List<FuzzyCandidate> ownedBy(String surname, List<FuzzyCandidate> found) {
    return found.stream().filter(c -> c.profileId().endsWith("-" + surname)).toList();
  }

  /**
   * Six random letters (a UUID's hex digits 0-f read as a-p; dropping digits could leave fewer).
   */
  private static String unique() {
    StringBuilder letters = new StringBuilder();
    for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 6).toCharArray()) {
      letters.append((char) ('a' + Character.digit(c, 16)));
    }
    return letters.toString();
  }
}
