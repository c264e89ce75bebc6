package io.c360.ingest.publishing;

import io.c360.common.catalog.CatalogUpdate;
import io.c360.common.event.CustomerEvent;
import io.c360.common.quarantine.QuarantinedRecord;
import java.util.List;

/**
 * Where ingest puts what it accepted and what it refused. Every method returns only once the
 * records are durably stored (acknowledged by all in-sync replicas), or throws {@link
 * PublishFailedException}.
 */
public interface EventPublisher {

  void publishEvents(List<CustomerEvent> events);

  void publishCatalog(List<CatalogUpdate> updates);

  void quarantine(List<QuarantinedRecord> records);
}
