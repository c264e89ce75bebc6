package io.c360.activation.report.kafka;

import io.c360.activation.report.OrderEvents;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ResolvedEvent;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Feeds the order ledger: orders from {@code c360.resolved-events.v1}, merges from {@code
 * c360.identity-merges.v1} (so a merged member's later orders count). Each under its own consumer
 * group, offsets committed after the writes.
 */
class OrderListeners {

  private final OrderEvents orders;
  private final JsonMapper json;

  OrderListeners(OrderEvents orders, JsonMapper json) {
    this.orders = orders;
    this.json = json;
  }

  @KafkaListener(
      id = "activation-orders",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, byte[]>> records) {
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      ResolvedEvent resolved = json.readValue(record.value(), ResolvedEvent.class);
      orders.accept(resolved.profileId(), resolved.event());
    }
  }

  @KafkaListener(
      id = "activation-order-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}")
  void onMerge(ConsumerRecord<String, byte[]> record) {
    if (record.value() == null) {
      return;
    }
    IdentityChange change = json.readValue(record.value(), IdentityChange.class);
    if (IdentityChange.MERGED.equals(change.type())) {
      orders.merged(change.mergedProfileId(), change.profileId());
    }
  }
}
