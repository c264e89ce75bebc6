package io.c360.recommendation.catalog.kafka;

import io.c360.common.catalog.CatalogUpdate;
import io.c360.platform.kafka.ContractBatch;
import io.c360.recommendation.catalog.Catalog;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory catalog from the compacted {@code c360.catalog.v1}: every instance reads the
 * whole topic from its beginning at startup, then follows it. A record that cannot be read goes to
 * {@code c360.catalog.v1.recommendation-catalog.dlt} once the updates before it are applied.
 */
@Component
class CatalogListener implements ConsumerSeekAware {

  private final Catalog catalog;

  CatalogListener(Catalog catalog) {
    this.catalog = catalog;
  }

  @Override
  public void onPartitionsAssigned(
      Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
    callback.seekToBeginning(assignments.keySet());
  }

  @KafkaListener(
      id = "recommendation-catalog",
      topics = "#{T(io.c360.common.topic.Topics).CATALOG.name()}",
      groupId = "recommendation-service-catalog-${c360.recommendation.instance-id}",
      batch = "true")
  void onCatalog(List<ConsumerRecord<String, CatalogUpdate>> records) {
    ContractBatch<CatalogUpdate> batch = ContractBatch.of(records);
    batch.values().forEach(catalog::apply);
    batch.reportFailed();
  }
}
