package io.c360.recommendation.catalog.kafka;

import io.c360.common.catalog.CatalogUpdate;
import io.c360.recommendation.catalog.Catalog;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the in-memory catalog from the compacted {@code c360.catalog.v1}: every instance reads the
 * whole topic from its beginning at startup, then follows it.
 */
class CatalogListener implements ConsumerSeekAware {

  private static final Logger log = LoggerFactory.getLogger(CatalogListener.class);

  private final Catalog catalog;
  private final JsonMapper json;

  CatalogListener(Catalog catalog, JsonMapper json) {
    this.catalog = catalog;
    this.json = json;
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
  void onCatalog(List<ConsumerRecord<String, byte[]>> records) {
    for (ConsumerRecord<String, byte[]> record : records) {
      if (record.value() == null) {
        continue;
      }
      try {
        catalog.apply(json.readValue(record.value(), CatalogUpdate.class));
      } catch (JacksonException | IllegalArgumentException e) {
        log.warn(
            "skipping an unreadable catalog record at offset {}: {}",
            record.offset(),
            e.getMessage());
      }
    }
  }
}
