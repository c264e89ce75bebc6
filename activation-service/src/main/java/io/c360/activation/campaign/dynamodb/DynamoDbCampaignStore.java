package io.c360.activation.campaign.dynamodb;

import io.c360.activation.audience.AudienceId;
import io.c360.activation.campaign.Assignment;
import io.c360.activation.campaign.Campaign;
import io.c360.activation.campaign.CampaignId;
import io.c360.activation.campaign.CampaignStatus;
import io.c360.activation.campaign.CampaignStore;
import io.c360.activation.campaign.FrequencyCap;
import io.c360.activation.campaign.Group;
import io.c360.activation.campaign.MemberState;
import io.c360.activation.campaign.MessageTemplate;
import io.c360.activation.campaign.Progress;
import io.c360.activation.delivery.Channel;
import io.c360.activation.profile.ProfileId;
import io.c360.common.json.EventJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import tools.jackson.databind.json.JsonMapper;

/**
 * Campaigns (definition, status, lease and progress counters in one item) and assignments (one item
 * per member). A member's move to a final state and its counter are written in one transaction, so
 * the progress is exact and a repeated move counts once.
 */
final class DynamoDbCampaignStore implements CampaignStore {

  private static final Map<MemberState, String> COUNTERS =
      Map.of(
          MemberState.HELD_OUT, "heldOut",
          MemberState.SUPPRESSED_CONSENT, "suppressedConsent",
          MemberState.SUPPRESSED_CAP, "suppressedCap",
          MemberState.SUPPRESSED_ERASED, "suppressedErased",
          MemberState.SUPPRESSED_NO_ADDRESS, "suppressedNoAddress",
          MemberState.SENT, "sent",
          MemberState.FAILED, "failed");

  private final DynamoDbClient dynamo;
  private final String campaigns;
  private final String assignments;
  private final JsonMapper json = EventJson.mapper();

  DynamoDbCampaignStore(DynamoDbClient dynamo, String campaigns, String assignments) {
    this.dynamo = dynamo;
    this.campaigns = campaigns;
    this.assignments = assignments;
  }

  @Override
  public void create(Campaign c) {
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("campaignId", s(c.id().value()));
    item.put("name", s(c.name()));
    item.put("type", s(c.type()));
    item.put("audienceId", s(c.audienceId().value()));
    item.put("channel", s(c.channel().wireName()));
    item.put("template", s(json.writeValueAsString(c.template())));
    item.put("recommendations", n(c.recommendations()));
    item.put("holdoutPercent", AttributeValue.fromN(Double.toString(c.holdoutPercent())));
    if (c.startAt() != null) {
      item.put("startAt", s(c.startAt().toString()));
    }
    item.put("capMaxMessages", n(c.frequencyCap().maxMessages()));
    item.put("capDays", n(c.frequencyCap().days()));
    item.put("conversionWindowDays", n(c.conversionWindowDays()));
    item.put("experimentKey", s(c.experimentKey()));
    item.put("status", s(c.status().name()));
    item.put("createdAt", s(c.createdAt().toString()));
    dynamo.putItem(
        r ->
            r.tableName(campaigns)
                .item(item)
                .conditionExpression("attribute_not_exists(campaignId)"));
  }

  @Override
  public Optional<Campaign> find(CampaignId id) {
    Map<String, AttributeValue> item =
        dynamo.getItem(r -> r.tableName(campaigns).key(key(id)).consistentRead(true)).item();
    return item == null || item.isEmpty() ? Optional.empty() : Optional.of(read(item));
  }

  @Override
  public List<Campaign> list() {
    List<Campaign> all = new ArrayList<>();
    for (var page : dynamo.scanPaginator(r -> r.tableName(campaigns).consistentRead(true))) {
      page.items().forEach(i -> all.add(read(i)));
    }
    all.sort(Comparator.comparing(Campaign::createdAt));
    return all;
  }

  @Override
  public boolean changeStatus(
      CampaignId id, Set<CampaignStatus> from, CampaignStatus to, Instant at) {
    Map<String, AttributeValue> values = new HashMap<>();
    values.put(":to", s(to.name()));
    values.put(":at", s(at.toString()));
    List<String> allowed = new ArrayList<>();
    int i = 0;
    for (CampaignStatus status : from) {
      values.put(":f" + i, s(status.name()));
      allowed.add(":f" + i++);
    }
    String stamp =
        switch (to) {
          case SCHEDULED, RUNNING -> ", launchedAt = if_not_exists(launchedAt, :at)";
          case COMPLETED -> ", completedAt = :at";
          case DRAFT -> "";
        };
    // a relaunch starts a new run: it has not completed yet
    String relaunch =
        to == CampaignStatus.RUNNING || to == CampaignStatus.SCHEDULED ? " REMOVE completedAt" : "";
    try {
      dynamo.updateItem(
          r ->
              r.tableName(campaigns)
                  .key(key(id))
                  .updateExpression("SET #status = :to" + stamp + relaunch)
                  .conditionExpression("#status IN (" + String.join(", ", allowed) + ")")
                  .expressionAttributeNames(Map.of("#status", "status"))
                  .expressionAttributeValues(values));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public List<Campaign> runnable(Instant now) {
    List<Campaign> due = new ArrayList<>();
    var request =
        software.amazon.awssdk.services.dynamodb.model.ScanRequest.builder()
            .tableName(campaigns)
            .consistentRead(true)
            .filterExpression("#status IN (:running, :scheduled)")
            .expressionAttributeNames(Map.of("#status", "status"))
            .expressionAttributeValues(
                Map.of(
                    ":running", s(CampaignStatus.RUNNING.name()),
                    ":scheduled", s(CampaignStatus.SCHEDULED.name())))
            .build();
    for (var page : dynamo.scanPaginator(request)) {
      for (Map<String, AttributeValue> item : page.items()) {
        AttributeValue leaseUntil = item.get("leaseUntil");
        if (leaseUntil != null && Long.parseLong(leaseUntil.n()) > now.toEpochMilli()) {
          continue;
        }
        Campaign campaign = read(item);
        if (campaign.status() == CampaignStatus.RUNNING
            || campaign.startAt() == null
            || !campaign.startAt().isAfter(now)) {
          due.add(campaign);
        }
      }
    }
    due.sort(Comparator.comparing(Campaign::createdAt));
    return due;
  }

  @Override
  public boolean lease(CampaignId id, String owner, Instant now, Instant until) {
    try {
      dynamo.updateItem(
          r ->
              r.tableName(campaigns)
                  .key(key(id))
                  .updateExpression("SET leaseOwner = :me, leaseUntil = :until")
                  .conditionExpression(
                      "attribute_exists(campaignId) AND (attribute_not_exists(leaseUntil)"
                          + " OR leaseUntil < :now OR leaseOwner = :me)")
                  .expressionAttributeValues(
                      Map.of(
                          ":me", s(owner),
                          ":until", n(until.toEpochMilli()),
                          ":now", n(now.toEpochMilli()))));
      return true;
    } catch (ConditionalCheckFailedException e) {
      return false;
    }
  }

  @Override
  public void release(CampaignId id, String owner) {
    try {
      dynamo.updateItem(
          r ->
              r.tableName(campaigns)
                  .key(key(id))
                  .updateExpression("REMOVE leaseOwner, leaseUntil")
                  .conditionExpression("leaseOwner = :me")
                  .expressionAttributeValues(Map.of(":me", s(owner))));
    } catch (ConditionalCheckFailedException e) {
      // someone else holds it now: nothing to release
    }
  }

  @Override
  public Assignment assign(CampaignId id, ProfileId profile, Group group, Instant at) {
    Map<String, AttributeValue> item =
        Map.of(
            "campaignId", s(id.value()),
            "profileId", s(profile.value()),
            "group", s(group.name()),
            "state", s(MemberState.ASSIGNED.name()),
            "assignedAt", s(at.toString()));
    try {
      dynamo.transactWriteItems(
          r ->
              r.transactItems(
                  TransactWriteItem.builder()
                      .put(
                          p ->
                              p.tableName(assignments)
                                  .item(item)
                                  .conditionExpression("attribute_not_exists(profileId)"))
                      .build(),
                  count(
                      id,
                      Map.of("assigned", 1, group == Group.CONTROL ? "control" : "treatment", 1))));
      return readAssignment(item);
    } catch (TransactionCanceledException e) {
      Map<String, AttributeValue> existing =
          dynamo
              .getItem(
                  r ->
                      r.tableName(assignments).key(assignmentKey(id, profile)).consistentRead(true))
              .item();
      if (existing == null || existing.isEmpty()) {
        throw e;
      }
      return readAssignment(existing);
    }
  }

  @Override
  public boolean transition(
      CampaignId id,
      ProfileId profile,
      MemberState from,
      MemberState to,
      @Nullable Instant decidedAt,
      Map<String, String> attributes) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    names.put("#state", "state");
    values.put(":from", s(from.name()));
    values.put(":to", s(to.name()));
    StringBuilder set = new StringBuilder("SET #state = :to");
    if (decidedAt != null) {
      set.append(", decidedAt = :decidedAt");
      values.put(":decidedAt", s(decidedAt.toString()));
    }
    int i = 0;
    for (Map.Entry<String, String> attribute : attributes.entrySet()) {
      names.put("#a" + i, attribute.getKey());
      values.put(":a" + i, s(attribute.getValue()));
      set.append(", #a").append(i).append(" = :a").append(i);
      i++;
    }
    Update update =
        Update.builder()
            .tableName(assignments)
            .key(assignmentKey(id, profile))
            .updateExpression(set.toString())
            .conditionExpression("#state = :from")
            .expressionAttributeNames(names)
            .expressionAttributeValues(values)
            .build();
    String counter = COUNTERS.get(to);
    try {
      if (counter == null) {
        dynamo.updateItem(
            r ->
                r.tableName(update.tableName())
                    .key(update.key())
                    .updateExpression(update.updateExpression())
                    .conditionExpression(update.conditionExpression())
                    .expressionAttributeNames(update.expressionAttributeNames())
                    .expressionAttributeValues(update.expressionAttributeValues()));
      } else {
        dynamo.transactWriteItems(
            r ->
                r.transactItems(
                    TransactWriteItem.builder().update(update).build(),
                    count(id, Map.of(counter, 1))));
      }
      return true;
    } catch (ConditionalCheckFailedException | TransactionCanceledException e) {
      return false;
    }
  }

  @Override
  public void forEachAssignment(CampaignId id, Consumer<Assignment> action) {
    var request =
        software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
            .tableName(assignments)
            .keyConditionExpression("campaignId = :c")
            .expressionAttributeValues(Map.of(":c", s(id.value())))
            .consistentRead(true)
            .build();
    for (var page : dynamo.queryPaginator(request)) {
      page.items().forEach(i -> action.accept(readAssignment(i)));
    }
  }

  private TransactWriteItem count(CampaignId id, Map<String, Integer> counters) {
    Map<String, String> names = new HashMap<>();
    Map<String, AttributeValue> values = new HashMap<>();
    List<String> adds = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Integer> counter : counters.entrySet()) {
      names.put("#c" + i, counter.getKey());
      values.put(":c" + i, n(counter.getValue()));
      adds.add("#c" + i + " :c" + i);
      i++;
    }
    return TransactWriteItem.builder()
        .update(
            Update.builder()
                .tableName(campaigns)
                .key(key(id))
                .updateExpression("ADD " + String.join(", ", adds))
                .expressionAttributeNames(names)
                .expressionAttributeValues(values)
                .build())
        .build();
  }

  private Campaign read(Map<String, AttributeValue> item) {
    return new Campaign(
        new CampaignId(item.get("campaignId").s()),
        item.get("name").s(),
        item.get("type").s(),
        new AudienceId(item.get("audienceId").s()),
        Channel.parse(item.get("channel").s()),
        json.readValue(item.get("template").s(), MessageTemplate.class),
        Integer.parseInt(item.get("recommendations").n()),
        Double.parseDouble(item.get("holdoutPercent").n()),
        instant(item, "startAt"),
        new FrequencyCap(
            Integer.parseInt(item.get("capMaxMessages").n()),
            Integer.parseInt(item.get("capDays").n())),
        Integer.parseInt(item.get("conversionWindowDays").n()),
        item.get("experimentKey").s(),
        CampaignStatus.valueOf(item.get("status").s()),
        Instant.parse(item.get("createdAt").s()),
        instant(item, "launchedAt"),
        instant(item, "completedAt"),
        new Progress(
            counter(item, "assigned"),
            counter(item, "treatment"),
            counter(item, "control"),
            counter(item, "heldOut"),
            counter(item, "suppressedConsent"),
            counter(item, "suppressedCap"),
            counter(item, "suppressedErased"),
            counter(item, "suppressedNoAddress"),
            counter(item, "sent"),
            counter(item, "failed")));
  }

  private static Assignment readAssignment(Map<String, AttributeValue> item) {
    return new Assignment(
        new CampaignId(item.get("campaignId").s()),
        new ProfileId(item.get("profileId").s()),
        Group.valueOf(item.get("group").s()),
        MemberState.valueOf(item.get("state").s()),
        Instant.parse(item.get("assignedAt").s()),
        instant(item, "decidedAt"),
        string(item, "messageId"),
        string(item, "reason"));
  }

  private static long counter(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? 0 : Long.parseLong(value.n());
  }

  private static @Nullable Instant instant(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : Instant.parse(value.s());
  }

  private static @Nullable String string(Map<String, AttributeValue> item, String name) {
    AttributeValue value = item.get(name);
    return value == null ? null : value.s();
  }

  private static Map<String, AttributeValue> key(CampaignId id) {
    return Map.of("campaignId", s(id.value()));
  }

  private static Map<String, AttributeValue> assignmentKey(CampaignId id, ProfileId profile) {
    return Map.of("campaignId", s(id.value()), "profileId", s(profile.value()));
  }

  private static AttributeValue s(String value) {
    return AttributeValue.fromS(value);
  }

  private static AttributeValue n(long value) {
    return AttributeValue.fromN(Long.toString(value));
  }
}
