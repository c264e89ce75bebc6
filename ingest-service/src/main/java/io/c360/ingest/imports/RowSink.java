package io.c360.ingest.imports;

import io.c360.common.catalog.CatalogUpdate;
import io.c360.common.event.CustomerEvent;
import java.util.List;

/** Turns the rows of one kind of file into events or catalog updates. */
interface RowSink {

  /** Where mapped records go; the import job publishes them in chunks. */
  interface Output {
    void event(CustomerEvent event);

    void catalog(CatalogUpdate update);
  }

  /**
   * Maps one row.
   *
   * @return the reasons the row is rejected, or an empty list when it was accepted
   */
  List<String> accept(Row row, Output out);

  /** Emits whatever the sink still holds once the file has ended. */
  default void finish(Output out) {}

  /**
   * The number of the first row whose record the sink still holds back (a POS order waiting for its
   * last line), or 0 when it holds nothing: a checkpoint never passes that row.
   */
  default long heldFrom() {
    return 0;
  }
}
