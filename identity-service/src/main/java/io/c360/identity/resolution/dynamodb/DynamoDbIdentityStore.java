package io.c360.identity.resolution.dynamodb;

import io.c360.common.profile.LinkedIdentifier;
import io.c360.identity.resolution.AuditEntry;
import io.c360.identity.resolution.ConcurrentChangeException;
import io.c360.identity.resolution.IdentityLink;
import io.c360.identity.resolution.IdentityStore;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.ProfileWrite;
import io.c360.identity.resolution.StoredProfile;
import io.c360.platform.aws.DynamoDbBatches;
import io.c360.platform.security.Sha256;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The identity graph and profiles in DynamoDB.
 *
 * <ul>
 *   <li>{@code identity}: {@code identifier} ({@code type#value}) → {@code profileId}; erasure
 *       tombstones are {@code erased#<sha256 of the key>} with {@code expiresAt} (TTL);
 *   <li>{@code profiles}: {@code profileId}, {@code version}, {@code status}, {@code doc} (the
 *       stored profile as JSON) and {@code snapshot} (the public {@code ProfileSnapshot} as JSON,
 *       for other services); writes are UpdateItem, conditional on the version read (scores are not
 *       here: the profile API reads them from the score projection).
 * </ul>
 *
 * Claims of identifiers are conditional on the item not existing; moves are conditional on the item
 * still pointing at the profile it is moved from; several items change in one TransactWriteItems.
 */
final class DynamoDbIdentityStore implements IdentityStore {

  static final String TOMBSTONE_PREFIX = "erased#";

  private final DynamoDbClient dynamo;
  private final String identityTable;
  private final String profilesTable;
  private final String auditTable;
  private final JsonMapper json;
  private final Clock clock;
  private final Duration tombstoneTtl;
  private final Timer timer;
  private final DynamoDbBatches batches;
  private final GroupedWrites grouped;

  DynamoDbIdentityStore(
      DynamoDbClient dynamo,
      String identityTable,
      String profilesTable,
      String auditTable,
      JsonMapper json,
      Clock clock,
      Duration tombstoneTtl,
      MeterRegistry meters) {
    this.dynamo = dynamo;
    this.identityTable = identityTable;
    this.profilesTable = profilesTable;
    this.auditTable = auditTable;
    this.json = json;
    this.clock = clock;
    this.tombstoneTtl = tombstoneTtl;
    this.timer =
        Timer.builder("c360.identity.store")
            .description("time spent in DynamoDB calls of the identity graph and profiles")
            .tag("table", "identity+profiles")
            .register(meters);
    this.batches = new DynamoDbBatches(dynamo, timer::record);
    this.grouped = new GroupedWrites(dynamo, this::itemsOf, timer);
  }

  static String tombstoneKey(String identifierKey) {
    return TOMBSTONE_PREFIX + Sha256.hex(identifierKey);
  }

  @Override
  public Map<String, IdentityLink> findLinks(Collection<String> keys) {
    Map<String, String> byStoredKey = new LinkedHashMap<>();
    for (String key : keys) {
      byStoredKey.put(key, key);
      byStoredKey.put(tombstoneKey(key), key);
    }
    Map<String, IdentityLink> links = new HashMap<>();
    for (Map<String, AttributeValue> item :
        batchGet(identityTable, "identifier", byStoredKey.keySet())) {
      String stored = item.get("identifier").s();
      String key = byStoredKey.get(stored);
      if (stored.startsWith(TOMBSTONE_PREFIX)) {
        links.put(key, new IdentityLink(key, ProfileId.of(item.get("profileId").s()), true));
      } else if (!links.containsKey(key)) {
        links.put(key, IdentityLink.to(key, ProfileId.of(item.get("profileId").s())));
      }
    }
    return links;
  }

  @Override
  public Map<ProfileId, StoredProfile> loadProfiles(Collection<ProfileId> ids) {
    Set<String> keys = new LinkedHashSet<>();
    ids.forEach(id -> keys.add(id.value()));
    Map<ProfileId, StoredProfile> profiles = new HashMap<>();
    for (Map<String, AttributeValue> item : batchGet(profilesTable, "profileId", keys)) {
      StoredProfile profile = json.readValue(item.get("doc").s(), StoredProfile.class);
      profiles.put(profile.profileId(), profile);
    }
    return profiles;
  }

  private List<Map<String, AttributeValue>> batchGet(
      String table, String keyName, Collection<String> keys) {
    List<Map<String, AttributeValue>> request = new ArrayList<>(keys.size());
    keys.forEach(key -> request.add(Map.of(keyName, AttributeValue.fromS(key))));
    return batches.getAll(table, request, null);
  }

  @Override
  public void create(StoredProfile profile) {
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(writeProfile(profile, true).asTransactItem());
    profile.identifiers().forEach(link -> items.add(claim(link, profile.profileId())));
    transact(items, "create profile " + profile.profileId());
  }

  @Override
  public void update(StoredProfile profile, List<LinkedIdentifier> newLinks) {
    if (newLinks.isEmpty()) {
      try {
        timed(() -> dynamo.updateItem(r -> updateProfile(profile).applyTo(r)));
      } catch (ConditionalCheckFailedException e) {
        throw new ConcurrentChangeException(
            "profile " + profile.profileId() + " changed concurrently", e);
      }
      return;
    }
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(updateProfile(profile).asTransactItem());
    newLinks.forEach(link -> items.add(claim(link, profile.profileId())));
    transact(items, "attach identifiers to " + profile.profileId());
  }

  @Override
  public Set<ProfileId> writeAll(List<ProfileWrite> writes) {
    return grouped.writeAll(writes);
  }

  /** The transaction items of one profile's write: the profile, then its claims. */
  List<TransactWriteItem> itemsOf(ProfileWrite write) {
    List<TransactWriteItem> items = new ArrayList<>(1 + write.newLinks().size());
    items.add(writeProfile(write.profile(), write.isNew()).asTransactItem());
    write.newLinks().forEach(link -> items.add(claim(link, write.profile().profileId())));
    return items;
  }

  @Override
  public void merge(
      StoredProfile survivor, List<StoredProfile> merged, List<LinkedIdentifier> newLinks) {
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(updateProfile(survivor).asTransactItem());
    for (StoredProfile profile : merged) {
      items.add(updateProfile(profile).asTransactItem());
      for (String key : profile.identifierKeys()) {
        items.add(move(key, profile.profileId(), survivor.profileId(), "merge"));
      }
    }
    newLinks.forEach(link -> items.add(claim(link, survivor.profileId())));
    transact(items, "merge into " + survivor.profileId());
  }

  @Override
  public void split(StoredProfile from, StoredProfile to, List<String> movedKeys) {
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(updateProfile(from).asTransactItem());
    items.add(updateProfile(to).asTransactItem());
    movedKeys.forEach(key -> items.add(move(key, from.profileId(), to.profileId(), "unmerge")));
    transact(items, "unmerge " + to.profileId() + " from " + from.profileId());
  }

  @Override
  public void erase(StoredProfile erasedShell, Collection<String> identifierKeys) {
    long expiresAt = clock.instant().plus(tombstoneTtl).getEpochSecond();
    List<TransactWriteItem> items = new ArrayList<>();
    items.add(updateProfile(erasedShell).asTransactItem());
    for (String key : identifierKeys) {
      items.add(
          TransactWriteItem.builder()
              .delete(
                  d ->
                      d.tableName(identityTable)
                          .key(Map.of("identifier", AttributeValue.fromS(key)))
                          .conditionExpression("attribute_not_exists(identifier) OR profileId = :p")
                          .expressionAttributeValues(
                              Map.of(":p", AttributeValue.fromS(erasedShell.profileId().value()))))
              .build());
      items.add(
          TransactWriteItem.builder()
              .put(
                  p ->
                      p.tableName(identityTable)
                          .item(
                              Map.of(
                                  "identifier", AttributeValue.fromS(tombstoneKey(key)),
                                  "profileId",
                                      AttributeValue.fromS(erasedShell.profileId().value()),
                                  "erased", AttributeValue.fromBool(true),
                                  "expiresAt", AttributeValue.fromN(Long.toString(expiresAt)))))
              .build());
    }
    transact(items, "erase " + erasedShell.profileId());
  }

  @Override
  public void audit(AuditEntry entry) {
    timed(
        () ->
            dynamo.putItem(
                r ->
                    r.tableName(auditTable)
                        .item(
                            Map.of(
                                "profileId", AttributeValue.fromS(entry.profileId().value()),
                                "entryKey", AttributeValue.fromS(entry.id()),
                                "at", AttributeValue.fromS(entry.at().toString()),
                                "entry", AttributeValue.fromS(json.writeValueAsString(entry))))));
  }

  @Override
  public List<AuditEntry> auditTrail(ProfileId profileId) {
    List<AuditEntry> entries = new ArrayList<>();
    for (Map<String, AttributeValue> item :
        batches.queryAll(auditTable, "profileId", profileId.value())) {
      entries.add(json.readValue(item.get("entry").s(), AuditEntry.class));
    }
    entries.sort(Comparator.comparing(AuditEntry::at).thenComparing(AuditEntry::id));
    return entries;
  }

  /** An UpdateItem of a profile's own attributes, conditional on the previous version. */
  private record ProfileUpdate(
      String table,
      Map<String, AttributeValue> key,
      String expression,
      String condition,
      Map<String, String> names,
      Map<String, AttributeValue> values) {

    void applyTo(software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest.Builder r) {
      r.tableName(table)
          .key(key)
          .updateExpression(expression)
          .conditionExpression(condition)
          .expressionAttributeNames(names)
          .expressionAttributeValues(values);
    }

    TransactWriteItem asTransactItem() {
      return TransactWriteItem.builder()
          .update(
              u ->
                  u.tableName(table)
                      .key(key)
                      .updateExpression(expression)
                      .conditionExpression(condition)
                      .expressionAttributeNames(names)
                      .expressionAttributeValues(values))
          .build();
    }
  }

  private ProfileUpdate updateProfile(StoredProfile profile) {
    return writeProfile(profile, false);
  }

  /**
   * Writes the profile's own attributes: a new profile only if its id is free, an existing one only
   * if it still has the version before this one.
   */
  private ProfileUpdate writeProfile(StoredProfile profile, boolean isNew) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":v", AttributeValue.fromN(Long.toString(profile.version())));
    values.put(":status", AttributeValue.fromS(profile.status().name()));
    values.put(":doc", AttributeValue.fromS(json.writeValueAsString(profile)));
    values.put(
        ":snapshot",
        AttributeValue.fromS(json.writeValueAsString(profile.snapshot(clock.instant()))));
    values.put(":updatedAt", AttributeValue.fromS(profile.updatedAt().toString()));
    String condition;
    String expression =
        "SET #version = :v, #status = :status, #doc = :doc, #snapshot = :snapshot,"
            + " #updatedAt = :updatedAt";
    Map<String, String> names = new HashMap<>();
    names.put("#version", "version");
    names.put("#status", "status");
    names.put("#doc", "doc");
    names.put("#snapshot", "snapshot");
    names.put("#updatedAt", "updatedAt");
    if (isNew) {
      condition = "attribute_not_exists(profileId)";
    } else {
      condition = "#version = :expected";
      values.put(":expected", AttributeValue.fromN(Long.toString(profile.version() - 1)));
    }
    return new ProfileUpdate(
        profilesTable,
        Map.of("profileId", AttributeValue.fromS(profile.profileId().value())),
        expression,
        condition,
        names,
        values);
  }

  private TransactWriteItem claim(LinkedIdentifier link, ProfileId profileId) {
    return TransactWriteItem.builder()
        .put(
            p ->
                p.tableName(identityTable)
                    .item(
                        Map.of(
                            "identifier", AttributeValue.fromS(link.identifier().key()),
                            "profileId", AttributeValue.fromS(profileId.value()),
                            "how", AttributeValue.fromS(link.how()),
                            "linkedAt", AttributeValue.fromS(link.linkedAt().toString())))
                    .conditionExpression("attribute_not_exists(identifier)"))
        .build();
  }

  private TransactWriteItem move(String key, ProfileId from, ProfileId to, String how) {
    return TransactWriteItem.builder()
        .update(
            u ->
                u.tableName(identityTable)
                    .key(Map.of("identifier", AttributeValue.fromS(key)))
                    .updateExpression("SET profileId = :to, how = :how, linkedAt = :at")
                    .conditionExpression("profileId = :from")
                    .expressionAttributeValues(
                        Map.of(
                            ":to", AttributeValue.fromS(to.value()),
                            ":from", AttributeValue.fromS(from.value()),
                            ":how", AttributeValue.fromS(how),
                            ":at", AttributeValue.fromS(clock.instant().toString()))))
        .build();
  }

  private void transact(List<TransactWriteItem> items, String what) {
    try {
      timed(() -> dynamo.transactWriteItems(r -> r.transactItems(items)));
    } catch (TransactionCanceledException | TransactionConflictException e) {
      throw new ConcurrentChangeException(what + " lost a race: " + e.getMessage(), e);
    }
  }

  private <T> T timed(Supplier<T> call) {
    return timer.record(call);
  }
}
