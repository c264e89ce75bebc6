package io.c360.ingest.collect;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.Commerce;
import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.json.EventJson;
import io.c360.ingest.support.Normalizers;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageValidatorTest {

  private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");
  private final MessageValidator validator =
      new MessageValidator(EventJson.mapper(), Normalizers.us(), 32 * 1024);

  private MessageValidator.Result validate(String json, EventType callType) {
    return validator.validate(
        0,
        EventJson.mapper().readTree(json),
        new MessageValidator.Envelope("web", NOW, null, callType),
        -1);
  }

  private static CustomerEvent accepted(MessageValidator.Result result) {
    assertThat(result).isInstanceOf(MessageValidator.Accepted.class);
    return ((MessageValidator.Accepted) result).event();
  }

  private static List<String> reasons(MessageValidator.Result result) {
    assertThat(result).isInstanceOf(MessageValidator.Rejected.class);
    return ((MessageValidator.Rejected) result).rejection().reasons();
  }

  @Test
  void generatesAMessageIdAndStampsReceivedAtWhenAbsent() {
    CustomerEvent event =
        accepted(validate("{\"userId\":\"u1\",\"event\":\"E\"}", EventType.TRACK));

    assertThat(event.messageId()).isNotBlank();
    assertThat(event.receivedAt()).isEqualTo(NOW);
    assertThat(event.timestamp()).isEqualTo(NOW);
    assertThat(event.source()).isEqualTo("web");
  }

  @Test
  void extractsAndNormalizesIdentifiersFromTraitsContextAndDevice() {
    CustomerEvent event =
        accepted(
            validate(
                """
                {"userId":" u1 ","anonymousId":"a1",
                 "traits":{"email":" Ann@Example.COM ","phone":"(415) 555-2671","loyalty_id":"L9"},
                 "context":{"device":{"id":"dev-1"},"traits":{"email":"test@test.com"}}}
                """,
                EventType.IDENTIFY));

    assertThat(event.userId()).isEqualTo("u1");
    assertThat(event.identifiers())
        .containsExactly(
            new Identifier(IdentifierType.USER_ID, "u1"),
            new Identifier(IdentifierType.ANONYMOUS_ID, "a1"),
            new Identifier(IdentifierType.EMAIL, "ann@example.com"),
            new Identifier(IdentifierType.PHONE, "+14155552671"),
            new Identifier(IdentifierType.LOYALTY_ID, "L9"),
            new Identifier(IdentifierType.DEVICE_ID, "dev-1"));
  }

  @Test
  void typesTheCommerceOfAnOrderThatCarriesOnlyProducts() {
    // the same order as identity's, scoring's, recommendation's and activation's test
    CustomerEvent event =
        accepted(
            validate(
                """
                {"userId":"u1","event":"Order Completed",
                 "properties":{"order_id":"o-7","currency":"EUR","products":[
                   {"product_id":"p-A","sku":"A","category":"bags","price":3.25,"quantity":2},
                   {"product_id":"B","price":"1.00"}]}}
                """,
                EventType.TRACK));

    assertThat(event.commerce())
        .isEqualTo(
            new Commerce(
                "o-7",
                new BigDecimal("7.50"),
                "EUR",
                List.of(
                    new Commerce.Line("A", new BigDecimal(2), new BigDecimal("3.25"), "bags", null),
                    new Commerce.Line("B", BigDecimal.ONE, new BigDecimal("1.00"), null, null))));
  }

  @Test
  void givesNoCommerceToCallsOutsideTheEcommerceSpec() {
    assertThat(
            accepted(
                    validate(
                        "{\"userId\":\"u1\",\"name\":\"Home\",\"properties\":{\"price\":3}}",
                        EventType.PAGE))
                .commerce())
        .isNull();
    assertThat(
            accepted(
                    validate(
                        "{\"userId\":\"u1\",\"event\":\"Signed Up\",\"properties\":{\"revenue\":3}}",
                        EventType.TRACK))
                .commerce())
        .isNull();
  }

  @Test
  void acceptsNumericUserIdsAsSegmentDoes() {
    assertThat(accepted(validate("{\"userId\":42,\"event\":\"E\"}", EventType.TRACK)).userId())
        .isEqualTo("42");
  }

  @Test
  void requiresUserIdOrAnonymousId() {
    assertThat(reasons(validate("{\"event\":\"E\"}", EventType.TRACK)))
        .containsExactly("userId or anonymousId is required");
  }

  @Test
  void treatsPlaceholderIdsAsMissing() {
    assertThat(reasons(validate("{\"anonymousId\":\"null\",\"event\":\"E\"}", EventType.TRACK)))
        .contains("anonymousId 'null' is a placeholder, not an id")
        .contains("userId or anonymousId is required");
  }

  @Test
  void requiresEventOnTrackPreviousIdOnAliasAndGroupIdOnGroup() {
    assertThat(reasons(validate("{\"userId\":\"u\"}", EventType.TRACK)))
        .containsExactly("event is required for a track call");
    assertThat(reasons(validate("{\"userId\":\"u\"}", EventType.ALIAS)))
        .containsExactly("previousId is required for an alias call");
    assertThat(reasons(validate("{\"userId\":\"u\"}", EventType.GROUP)))
        .containsExactly("groupId is required for a group call");
  }

  @Test
  void requiresAKnownTypeInABatch() {
    assertThat(reasons(validate("{\"userId\":\"u\"}", null)))
        .containsExactly(
            "type is required in a batch (track, identify, page, screen, group or alias)");
    assertThat(reasons(validate("{\"type\":\"purchase\",\"userId\":\"u\"}", null)).getFirst())
        .contains("'purchase' is not a Segment call type");
  }

  @Test
  void reportsEveryProblemOfAMessageAtOnce() {
    assertThat(
            reasons(
                validate(
                    "{\"userId\":[1],\"properties\":\"x\",\"timestamp\":\"soon\",\"event\":5}",
                    EventType.TRACK)))
        .containsExactlyInAnyOrder(
            "userId must be a string or a number",
            "userId or anonymousId is required",
            "event must be a string",
            "event is required for a track call",
            "properties must be a JSON object",
            "timestamp 'soon' is not an ISO-8601 date-time with an offset");
  }

  @Test
  void rejectsAMessageOverTheSizeLimit() {
    String big =
        "{\"userId\":\"u\",\"event\":\"E\",\"properties\":{\"p\":\"" + "x".repeat(33_000) + "\"}}";
    assertThat(reasons(validate(big, EventType.TRACK)).getFirst()).contains("32 KB");
  }

  @Test
  void correctsDeviceClockSkewWithSentAt() {
    Instant device = Instant.parse("2020-01-01T00:00:00Z");
    Instant sentAt = device.plusSeconds(30);

    assertThat(MessageValidator.correctedTimestamp(device, sentAt, NOW))
        .isEqualTo(NOW.minus(Duration.ofSeconds(30)));
    assertThat(MessageValidator.correctedTimestamp(device, null, NOW)).isEqualTo(device);
    assertThat(MessageValidator.correctedTimestamp(null, sentAt, NOW)).isEqualTo(NOW);
  }
}
