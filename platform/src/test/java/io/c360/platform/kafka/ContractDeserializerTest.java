package io.c360.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.c360.common.json.EventJson;
import io.c360.common.profile.ProfileErased;
import io.c360.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class ContractDeserializerTest {

  private final ContractDeserializer deserializer = new ContractDeserializer();

  @Test
  void readsTheContractOfTheTopic() {
    ProfileErased erased =
        new ProfileErased("p-1", List.of("h1"), Instant.parse("2026-01-02T03:04:05Z"), "admin");

    Object read =
        deserializer.deserialize(
            Topics.ERASURES.name(), EventJson.mapper().writeValueAsBytes(erased));

    assertThat(read).isEqualTo(erased);
  }

  @Test
  void aTombstoneStaysNull() {
    assertThat(deserializer.deserialize(Topics.PROFILES.name(), null)).isNull();
  }

  @Test
  void refusesWhatIsNotTheContract() {
    assertThatThrownBy(() -> deserializer.deserialize(Topics.ERASURES.name(), bytes("not json")))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> deserializer.deserialize(Topics.ERASURES.name(), bytes("[1,2]")))
        .isInstanceOf(JacksonException.class);
    assertThatThrownBy(() -> deserializer.deserialize(Topics.ERASURES.name(), bytes("null")))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("ProfileErased");
  }

  @Test
  void refusesATopicOutsideTheCatalog() {
    assertThatThrownBy(() -> deserializer.deserialize("c360.unknown.v1", bytes("{}")))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("c360.unknown.v1");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
