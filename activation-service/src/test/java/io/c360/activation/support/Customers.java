package io.c360.activation.support;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.json.EventJson;
import io.c360.common.profile.ComputedTraits;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.common.profile.ProfileErased;
import io.c360.common.profile.ProfileSnapshot;
import io.c360.common.profile.ResolvedEvent;
import io.c360.common.profile.TraitValue;
import io.c360.common.score.ProfileScore;
import io.c360.common.score.ScoresUpdated;
import io.c360.common.table.Tables;
import io.c360.common.topic.Topics;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.TopicWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.json.JsonMapper;

/**
 * Customers of one test, written as identity-service and scoring-service write them (the profiles
 * table's snapshot, status and scores) and announced on their topics. Every customer carries the
 * test's {@code cohort} trait, so audiences can be limited to one test's customers.
 */
public final class Customers implements AutoCloseable {

  private static final JsonMapper JSON = EventJson.mapper();

  private final DynamoDbClient dynamo;
  private final String table = DevStackExtension.stack().tablePrefix() + Tables.PROFILES.name();
  private final TopicWriter topics = new TopicWriter();
  private final String cohort = "cohort-" + UUID.randomUUID().toString().substring(0, 8);

  public Customers(DynamoDbClient dynamo) {
    this.dynamo = dynamo;
  }

  /** The trait value that marks this test's customers. */
  public String cohort() {
    return cohort;
  }

  /** A rule condition that keeps an audience to this test's customers. */
  public String cohortCondition() {
    return "{\"field\":\"traits.cohort\",\"op\":\"eq\",\"value\":\"" + cohort + "\"}";
  }

  /** What a test customer looks like; null fields are left out of the profile. */
  public static final class Spec {
    private @Nullable String email;
    private @Nullable String phone;
    private @Nullable String userId;
    private @Nullable String firstName;
    private final Map<String, Boolean> consent = new HashMap<>();
    private @Nullable Integer daysSinceLastOrder;
    private final Map<String, Double> scores = new HashMap<>();

    public Spec email(String email) {
      this.email = email;
      return this;
    }

    public Spec phone(String phone) {
      this.phone = phone;
      return this;
    }

    public Spec userId(String userId) {
      this.userId = userId;
      return this;
    }

    public Spec firstName(String firstName) {
      this.firstName = firstName;
      return this;
    }

    public Spec consent(String channel, boolean granted) {
      consent.put(channel, granted);
      return this;
    }

    public Spec lastOrderDaysAgo(int days) {
      this.daysSinceLastOrder = days;
      return this;
    }

    public Spec score(String model, double value) {
      scores.put(model, value);
      return this;
    }
  }

  public static Spec customer() {
    return new Spec();
  }

  /** Writes the profile and announces it on {@code c360.profiles.v1}; returns its id. */
  public String add(Spec spec) {
    return add(spec, true);
  }

  /** Writes the profile without announcing it (as if the record were lost); returns its id. */
  public String addQuietly(Spec spec) {
    return add(spec, false);
  }

  private String add(Spec spec, boolean announce) {
    String id = "p-" + UUID.randomUUID();
    Instant now = Instant.now();
    List<LinkedIdentifier> identifiers = new ArrayList<>();
    if (spec.userId != null) {
      identifiers.add(link(IdentifierType.USER_ID, spec.userId, now));
    }
    if (spec.email != null) {
      identifiers.add(link(IdentifierType.EMAIL, spec.email, now));
    }
    if (spec.phone != null) {
      identifiers.add(link(IdentifierType.PHONE, spec.phone, now));
    }
    Map<String, TraitValue> traits = new HashMap<>();
    traits.put("cohort", trait(cohort, now));
    if (spec.firstName != null) {
      traits.put("firstName", trait(spec.firstName, now));
    }
    Map<String, TraitValue> consent = new HashMap<>();
    spec.consent.forEach((channel, granted) -> consent.put(channel, trait(granted, now)));
    Instant lastOrder =
        spec.daysSinceLastOrder == null
            ? null
            : now.minus(Duration.ofDays(spec.daysSinceLastOrder));
    ComputedTraits computed =
        new ComputedTraits(
            now,
            now.minus(Duration.ofDays(400)),
            now.minus(Duration.ofDays(1)),
            lastOrder == null ? 0 : 3,
            lastOrder == null ? BigDecimal.ZERO : new BigDecimal("120.00"),
            lastOrder == null ? null : new BigDecimal("40.00"),
            lastOrder,
            0,
            1,
            2,
            0,
            List.of(),
            List.of("web"),
            "shoes",
            null,
            0,
            "none",
            null);
    ProfileSnapshot snapshot =
        new ProfileSnapshot(
            id, 1, now, now, identifiers, traits, consent, computed, List.of(), null);
    Map<String, AttributeValue> scores = new HashMap<>();
    spec.scores.forEach(
        (model, value) ->
            scores.put(model, AttributeValue.fromS(JSON.writeValueAsString(score(model, value)))));
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "profileId", AttributeValue.fromS(id),
                        "status", AttributeValue.fromS("ACTIVE"),
                        "version", AttributeValue.fromN("1"),
                        "snapshot", AttributeValue.fromS(JSON.writeValueAsString(snapshot)),
                        "scores", AttributeValue.fromM(scores))));
    if (announce) {
      topics.send(Topics.PROFILES.name(), id, JSON.writeValueAsString(snapshot));
    }
    return id;
  }

  /** Sets a score as scoring-service does, and announces it on {@code c360.scores.v1}. */
  public void score(String profileId, String model, double value) {
    ProfileScore score = score(model, value);
    dynamo.updateItem(
        r ->
            r.tableName(table)
                .key(Map.of("profileId", AttributeValue.fromS(profileId)))
                .updateExpression("SET #scores.#m = :s")
                .expressionAttributeNames(Map.of("#scores", "scores", "#m", model))
                .expressionAttributeValues(
                    Map.of(":s", AttributeValue.fromS(JSON.writeValueAsString(score)))));
    topics.send(
        Topics.SCORES.name(),
        profileId,
        JSON.writeValueAsString(new ScoresUpdated(profileId, model, score)));
  }

  /** Erases the profile as identity-service does: the item becomes a tombstone, then the record. */
  public void erase(String profileId) {
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "profileId", AttributeValue.fromS(profileId),
                        "status", AttributeValue.fromS("ERASED"))));
    topics.send(
        Topics.ERASURES.name(),
        profileId,
        JSON.writeValueAsString(
            new ProfileErased(profileId, List.of(), Instant.now(), "test-admin")));
  }

  /**
   * Erases the profile's item without the erasure record, as if the record were still on its way.
   */
  public void eraseQuietly(String profileId) {
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "profileId", AttributeValue.fromS(profileId),
                        "status", AttributeValue.fromS("ERASED"))));
  }

  /** An Order Completed event of the profile, as identity-service publishes resolved events. */
  public void ordered(String profileId, String messageId, BigDecimal revenue, Instant at) {
    CustomerEvent event =
        new CustomerEvent(
            messageId,
            EventType.TRACK,
            "Order Completed",
            null,
            null,
            null,
            null,
            null,
            null,
            Map.of("orderId", "o-" + messageId, "revenue", revenue),
            null,
            null,
            at,
            null,
            null,
            at,
            "pos",
            List.of());
    topics.send(
        Topics.RESOLVED_EVENTS.name(),
        profileId,
        JSON.writeValueAsString(new ResolvedEvent(profileId, event)));
  }

  /** Merges {@code merged} into {@code survivor} as identity-service announces it. */
  public void merge(String survivor, String merged) {
    dynamo.updateItem(
        r ->
            r.tableName(table)
                .key(Map.of("profileId", AttributeValue.fromS(merged)))
                .updateExpression("SET #status = :m")
                .expressionAttributeNames(Map.of("#status", "status"))
                .expressionAttributeValues(Map.of(":m", AttributeValue.fromS("MERGED"))));
    topics.send(
        Topics.IDENTITY_MERGES.name(),
        survivor,
        JSON.writeValueAsString(
            new IdentityChange(
                IdentityChange.MERGED, survivor, merged, List.of(), "test", Instant.now(), null)));
  }

  private static ProfileScore score(String model, double value) {
    return new ProfileScore(model, 1, value, Instant.now(), List.of());
  }

  private static LinkedIdentifier link(IdentifierType type, String value, Instant at) {
    return new LinkedIdentifier(new Identifier(type, value), at, "event", "m-" + UUID.randomUUID());
  }

  private static TraitValue trait(Object value, Instant at) {
    return new TraitValue(value, "test", at);
  }

  @Override
  public void close() {
    topics.close();
  }
}
