package io.c360.activation.report.kafka;

import io.c360.activation.report.OrderEvents;
import io.c360.common.profile.IdentityChange;
import io.c360.common.profile.ResolvedEvent;
import io.c360.platform.kafka.ContractBatch;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the order ledger: orders from {@code c360.resolved-events.v1}, merges from {@code
 * c360.identity-merges.v1} (so a merged member's later orders count). Each under its own consumer
 * group, offsets committed after the writes; a record that cannot be read goes to the listener's
 * dead-letter topic once the records before it are written.
 */
@Component
class OrderListeners {

  private final OrderEvents orders;

  OrderListeners(OrderEvents orders) {
    this.orders = orders;
  }

  @KafkaListener(
      id = "activation-orders",
      topics = "#{T(io.c360.common.topic.Topics).RESOLVED_EVENTS.name()}",
      batch = "true")
  void onResolvedEvents(List<ConsumerRecord<String, ResolvedEvent>> records) {
    ContractBatch<ResolvedEvent> batch = ContractBatch.of(records);
    for (ResolvedEvent resolved : batch.values()) {
      orders.accept(resolved.profileId(), resolved.event());
    }
    batch.reportFailed();
  }

  @KafkaListener(
      id = "activation-order-merges",
      topics = "#{T(io.c360.common.topic.Topics).IDENTITY_MERGES.name()}")
  void onMerge(IdentityChange change) {
    if (IdentityChange.MERGED.equals(change.type())) {
      orders.merged(change.mergedProfileId(), change.profileId());
    }
  }
}
