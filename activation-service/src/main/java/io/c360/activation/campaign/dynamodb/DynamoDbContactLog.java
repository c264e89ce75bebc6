package io.c360.activation.campaign.dynamodb;

import io.c360.activation.campaign.CampaignId;
import io.c360.activation.campaign.ContactLog;
import io.c360.activation.profile.ProfileId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * One item per message sent to a profile, sorted by {@code <sentAt epoch millis, 15
 * digits>#<messageId>} so a frequency cap is one counting Query; items expire after a year.
 */
final class DynamoDbContactLog implements ContactLog {

  private static final Duration KEEP = Duration.ofDays(366);

  private final DynamoDbClient dynamo;
  private final String table;

  DynamoDbContactLog(DynamoDbClient dynamo, String table) {
    this.dynamo = dynamo;
    this.table = table;
  }

  @Override
  public int countSince(ProfileId profile, Instant since) {
    return dynamo
        .query(
            r ->
                r.tableName(table)
                    .keyConditionExpression("profileId = :p AND contactKey >= :since")
                    .expressionAttributeValues(
                        Map.of(
                            ":p", AttributeValue.fromS(profile.value()),
                            ":since", AttributeValue.fromS(sortKey(since, ""))))
                    .select(Select.COUNT)
                    .consistentRead(true))
        .count();
  }

  @Override
  public void record(ProfileId profile, Instant sentAt, String messageId, CampaignId campaign) {
    dynamo.putItem(
        r ->
            r.tableName(table)
                .item(
                    Map.of(
                        "profileId", AttributeValue.fromS(profile.value()),
                        "contactKey", AttributeValue.fromS(sortKey(sentAt, messageId)),
                        "campaignId", AttributeValue.fromS(campaign.value()),
                        "expiresAt",
                            AttributeValue.fromN(
                                Long.toString(sentAt.plus(KEEP).getEpochSecond())))));
  }

  @Override
  public void forget(ProfileId profile) {
    var request =
        software.amazon.awssdk.services.dynamodb.model.QueryRequest.builder()
            .tableName(table)
            .keyConditionExpression("profileId = :p")
            .expressionAttributeValues(Map.of(":p", AttributeValue.fromS(profile.value())))
            .projectionExpression("profileId, contactKey")
            .build();
    for (Map<String, AttributeValue> key : dynamo.queryPaginator(request).items()) {
      dynamo.deleteItem(r -> r.tableName(table).key(key));
    }
  }

  private static String sortKey(Instant at, String messageId) {
    return String.format("%015d#%s", at.toEpochMilli(), messageId);
  }
}
