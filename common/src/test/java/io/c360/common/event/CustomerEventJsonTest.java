package io.c360.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.common.json.EventJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class CustomerEventJsonTest {

  private static final String TRACK =
      """
      {"messageId":"m-1","type":"track","event":"Order Completed","userId":"u-1",
       "properties":{"order_id":"o-1","total":19.90,"products":[{"sku":"A","price":1e2}],
                     "unknownFlag":true,"nested":{"deep":{"deeper":[null,"x"]}}},
       "context":{"ip":"10.0.0.1","library":{"name":"analytics-java","version":"3.5.4"}},
       "traits":{"email":"a@b.com","custom_score":7},
       "timestamp":"2026-11-01T10:15:00.123Z","receivedAt":"2026-11-01T10:15:01Z",
       "source":"web","identifiers":[{"type":"userId","value":"u-1"}]}
      """;

  @Test
  void roundTripsUnknownPropertiesTraitsAndContextUnchanged() {
    var mapper = EventJson.mapper();
    CustomerEvent event = mapper.readValue(TRACK, CustomerEvent.class);
    JsonNode written = mapper.readTree(mapper.writeValueAsString(event));
    JsonNode original = mapper.readTree(TRACK);

    assertThat(written.get("properties")).isEqualTo(original.get("properties"));
    assertThat(written.get("context")).isEqualTo(original.get("context"));
    assertThat(written.get("traits")).isEqualTo(original.get("traits"));
    assertThat(written.get("properties").get("total").toString()).isEqualTo("19.90");
    assertThat(written.get("timestamp").asString()).isEqualTo("2026-11-01T10:15:00.123Z");
    assertThat(event.type()).isEqualTo(EventType.TRACK);
    assertThat(event.identifiers()).containsExactly(new Identifier(IdentifierType.USER_ID, "u-1"));
  }

  @Test
  void writesTypeAndIdentifierTypesByTheirWireNames() {
    var mapper = EventJson.mapper();
    CustomerEvent event = mapper.readValue(TRACK, CustomerEvent.class);

    String json = mapper.writeValueAsString(event);

    assertThat(json)
        .contains("\"type\":\"track\"")
        .contains("{\"type\":\"userId\",\"value\":\"u-1\"}");
    assertThat(json).doesNotContain("anonymousId").doesNotContain("previousId");
  }

  @Test
  void keysEventsByUserIdThenAnonymousIdThenFirstIdentifier() {
    var mapper = EventJson.mapper();
    CustomerEvent withUser = mapper.readValue(TRACK, CustomerEvent.class);
    CustomerEvent offline =
        mapper.readValue(
            """
            {"messageId":"pos:1","type":"track","event":"Order Completed",
             "timestamp":"2026-11-01T10:15:00Z","receivedAt":"2026-11-01T10:15:01Z","source":"pos",
             "identifiers":[{"type":"loyaltyId","value":"L-1"}]}
            """,
            CustomerEvent.class);

    assertThat(withUser.partitionKey()).isEqualTo("u-1");
    assertThat(offline.partitionKey()).isEqualTo("loyaltyId#L-1");
  }

  @Test
  void refusesAnUnknownEventType() {
    assertThatThrownBy(
            () ->
                EventJson.mapper()
                    .readValue(TRACK.replace("\"track\"", "\"purchase\""), CustomerEvent.class))
        .hasMessageContaining("purchase");
  }
}
