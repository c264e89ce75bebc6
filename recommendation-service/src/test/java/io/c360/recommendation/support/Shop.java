package io.c360.recommendation.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.catalog.CatalogUpdate;
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
import io.c360.common.topic.Topics;
import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.Eventually;
import io.c360.devstack.test.TopicWriter;
import io.c360.platform.security.Sha256;
import io.c360.recommendation.RecommendationTables;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A small shop for one test: its own category (so popularity and filters do not meet other tests),
 * products published on {@code c360.catalog.v1}, and everything identity-service would publish:
 * customers' interactions ({@code c360.resolved-events.v1}), the identity graph's links (profile
 * snapshots on {@code c360.profiles.v1}), merges and erasures. It writes no table; it reads the
 * service's own interaction projection only to wait until a stored history is there.
 */
public final class Shop implements AutoCloseable {

  private final String category;
  private final TopicWriter topics = new TopicWriter();
  private final DynamoDbClient dynamo;
  private final Map<String, List<Identifier>> identifiers = new LinkedHashMap<>();
  private final Map<String, List<String>> mergedInto = new LinkedHashMap<>();
  private final AtomicLong versions = new AtomicLong(System.currentTimeMillis());

  public Shop(DynamoDbClient dynamo) {
    this.dynamo = dynamo;
    this.category = "cat-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public String category() {
    return category;
  }

  /** A product of this shop's category, in stock ({@code stock} units at one store). */
  public String product(String name, int stock) {
    String sku = category + "-" + name;
    Instant now = Instant.now();
    send(
        Topics.CATALOG.name(),
        sku,
        new CatalogUpdate(
            CatalogUpdate.ITEM,
            sku,
            name,
            category,
            null,
            new BigDecimal("19.90"),
            "USD",
            "https://img.example.com/" + sku + ".jpg",
            null,
            null,
            null,
            null,
            now,
            "test"));
    stock(sku, stock);
    return sku;
  }

  /** Sets the stock of a product at the shop's one store. */
  public void stock(String sku, long quantity) {
    CatalogUpdate update =
        new CatalogUpdate(
            CatalogUpdate.INVENTORY,
            sku,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "store-1",
            quantity,
            null,
            Instant.now(),
            "test");
    send(Topics.CATALOG.name(), update.key(), update);
  }

  public String profile() {
    return "p-" + UUID.randomUUID();
  }

  public void viewed(String profileId, String... skus) {
    for (String sku : skus) {
      track(profileId, "Product Viewed", Map.of("sku", sku, "category", category));
    }
  }

  public void addedToCart(String profileId, String sku) {
    track(profileId, "Product Added", Map.of("sku", sku, "category", category));
  }

  public void bought(String profileId, String... skus) {
    List<Map<String, Object>> products = new ArrayList<>();
    for (String sku : skus) {
      products.add(Map.of("sku", sku, "category", category, "price", 19.9, "quantity", 1));
    }
    track(
        profileId,
        "Order Completed",
        Map.of("order_id", UUID.randomUUID().toString(), "products", products));
  }

  /**
   * Links an identifier to a profile as identity-service would: a new snapshot on {@code
   * c360.profiles.v1} of the profile (and of the one it moved from), each with a newer version.
   */
  public void link(IdentifierType type, String value, String profileId) {
    Identifier identifier = new Identifier(type, value);
    identifiers.forEach(
        (owner, held) -> {
          if (!owner.equals(profileId) && held.remove(identifier)) {
            publishProfile(owner);
          }
        });
    List<Identifier> held = identifiers.computeIfAbsent(profileId, p -> new ArrayList<>());
    if (!held.contains(identifier)) {
      held.add(identifier);
    }
    publishProfile(profileId);
  }

  /** Publishes the profile's snapshot as it stands, with the next version. */
  private void publishProfile(String profileId) {
    send(Topics.PROFILES.name(), profileId, snapshot(profileId, versions.incrementAndGet()));
  }

  /**
   * Publishes a snapshot of the profile holding exactly these identifiers with an older version
   * than any published so far: what a late, stale delivery looks like.
   */
  public void publishedStaleSnapshot(String profileId, Identifier... held) {
    ProfileSnapshot current = snapshot(profileId, 0);
    Instant now = Instant.now();
    send(
        Topics.PROFILES.name(),
        profileId,
        new ProfileSnapshot(
            profileId,
            1,
            current.createdAt(),
            current.updatedAt(),
            java.util.Arrays.stream(held)
                .map(i -> new LinkedIdentifier(i, now, "event", UUID.randomUUID().toString()))
                .toList(),
            Map.of(),
            Map.of(),
            current.computed(),
            List.of(),
            null));
  }

  private ProfileSnapshot snapshot(String profileId, long version) {
    Instant now = Instant.now();
    List<LinkedIdentifier> linked =
        identifiers.getOrDefault(profileId, List.of()).stream()
            .map(i -> new LinkedIdentifier(i, now, "event", UUID.randomUUID().toString()))
            .toList();
    ComputedTraits computed =
        new ComputedTraits(
            now,
            null,
            null,
            0,
            BigDecimal.ZERO,
            null,
            null,
            0,
            0,
            0,
            0,
            List.of(),
            List.of(),
            null,
            null,
            0,
            "none",
            null);
    return new ProfileSnapshot(
        profileId,
        version,
        now,
        now,
        linked,
        Map.of(),
        Map.of(),
        computed,
        mergedInto.getOrDefault(profileId, List.of()),
        null);
  }

  /**
   * A view of {@code sku} by the profile, published as identity-service resolves it; returns once
   * the service's interaction projection holds it.
   */
  public void storedView(String profileId, String sku) {
    CustomerEvent event = track("Product Viewed", Map.of("sku", sku, "category", category));
    send(Topics.RESOLVED_EVENTS.name(), profileId, new ResolvedEvent(profileId, event));
    awaitStored(profileId, event.messageId());
  }

  /**
   * The profile's order placed at {@code at}, published as identity-service resolves it; returns
   * once the service's interaction projection holds it (the history an evaluation replays).
   */
  public void storedOrder(String profileId, Instant at, String... skus) {
    List<Map<String, Object>> products = new ArrayList<>();
    for (String sku : skus) {
      products.add(Map.of("sku", sku, "category", category, "price", 19.9, "quantity", 1));
    }
    CustomerEvent event =
        track(
            "Order Completed",
            Map.of("order_id", UUID.randomUUID().toString(), "products", products),
            at);
    send(Topics.RESOLVED_EVENTS.name(), profileId, new ResolvedEvent(profileId, event));
    awaitStored(profileId, event.messageId() + "#0");
  }

  /**
   * The profile's order of {@code sku}, published twice as a redelivery would (the same record
   * again); returns the order event's messageId.
   */
  public String boughtRedelivered(String profileId, String sku) {
    CustomerEvent event =
        track(
            "Order Completed",
            Map.of(
                "order_id",
                UUID.randomUUID().toString(),
                "products",
                List.of(Map.of("sku", sku, "category", category, "price", 19.9, "quantity", 1))));
    ResolvedEvent resolved = new ResolvedEvent(profileId, event);
    send(Topics.RESOLVED_EVENTS.name(), profileId, resolved);
    send(Topics.RESOLVED_EVENTS.name(), profileId, resolved);
    return event.messageId();
  }

  /**
   * A view of {@code sku} by {@code profileId}, published on the partition of {@code partitionOf}'s
   * records (after them): a record published after it for {@code partitionOf} is read after it.
   */
  public void viewedOnPartitionOf(String partitionOf, String profileId, String sku) {
    CustomerEvent event = track("Product Viewed", Map.of("sku", sku, "category", category));
    send(Topics.RESOLVED_EVENTS.name(), partitionOf, new ResolvedEvent(profileId, event));
  }

  /** The skus of the profile's interactions in the service's interaction projection. */
  public List<String> storedInteractions(String profileId) {
    return dynamo
        .queryPaginator(
            r ->
                r.tableName(
                        DevStackExtension.stack().tablePrefix()
                            + RecommendationTables.RECOMMENDATION_INTERACTIONS.name())
                    .keyConditionExpression("profileId = :p AND begins_with(interactionKey, :i)")
                    .expressionAttributeValues(
                        Map.of(
                            ":p",
                            AttributeValue.fromS(profileId),
                            ":i",
                            AttributeValue.fromS("i#")))
                    .consistentRead(true))
        .items()
        .stream()
        .map(item -> item.get("sku").s())
        .sorted()
        .toList();
  }

  private void awaitStored(String profileId, String messageId) {
    Eventually.assertThat(
        () ->
            assertThat(
                    dynamo
                        .getItem(
                            r ->
                                r.tableName(
                                        DevStackExtension.stack().tablePrefix()
                                            + RecommendationTables.RECOMMENDATION_INTERACTIONS
                                                .name())
                                    .key(
                                        Map.of(
                                            "profileId",
                                            AttributeValue.fromS(profileId),
                                            "interactionKey",
                                            AttributeValue.fromS("i#" + messageId)))
                                    .consistentRead(true))
                        .hasItem())
                .as("interaction %s of %s in the projection", messageId, profileId)
                .isTrue());
  }

  /**
   * Merges a profile into the survivor as identity-service announces it: the merged profile's
   * identifiers move to the survivor.
   */
  public void merged(String survivor, String merged) {
    mergedInto.computeIfAbsent(survivor, p -> new ArrayList<>()).add(merged);
    List<Identifier> moved = new ArrayList<>(identifiers.getOrDefault(merged, List.of()));
    for (Identifier identifier : moved) {
      link(identifier.type(), identifier.value(), survivor);
    }
    send(
        Topics.IDENTITY_MERGES.name(),
        survivor,
        new IdentityChange(
            IdentityChange.MERGED,
            survivor,
            merged,
            moved.stream().map(Identifier::key).toList(),
            "test",
            Instant.now(),
            null));
  }

  /**
   * Erases a profile as identity-service announces it: an erasure record with the SHA-256 hashes of
   * its identifier keys, and a tombstone for it on the profiles topic.
   */
  public void erased(String profileId) {
    List<Identifier> held = identifiers.getOrDefault(profileId, List.of());
    send(
        Topics.ERASURES.name(),
        profileId,
        new ProfileErased(
            profileId,
            held.stream().map(i -> Sha256.hex(i.key())).toList(),
            Instant.now(),
            "test-admin"));
    topics.send(Topics.PROFILES.name(), profileId, null);
  }

  /** A tombstone for the profile on the compacted profiles topic. */
  public void deleted(String profileId) {
    identifiers.remove(profileId);
    topics.send(Topics.PROFILES.name(), profileId, null);
  }

  private void track(String profileId, String name, Map<String, Object> properties) {
    CustomerEvent event = track(name, properties);
    send(Topics.RESOLVED_EVENTS.name(), profileId, new ResolvedEvent(profileId, event));
  }

  /** A web track event happening now, as ingest-service publishes it. */
  private static CustomerEvent track(String name, Map<String, Object> properties) {
    return track(name, properties, Instant.now());
  }

  private static CustomerEvent track(String name, Map<String, Object> properties, Instant now) {
    return new CustomerEvent(
        UUID.randomUUID().toString(),
        EventType.TRACK,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        properties,
        null,
        null,
        now,
        null,
        null,
        now,
        "web",
        List.of());
  }

  private void send(String topic, String key, Object value) {
    topics.send(topic, key, EventJson.mapper().writeValueAsString(value));
  }

  @Override
  public void close() {
    topics.close();
  }
}
