/**
 * Imports of offline files (POS sales, catalog, inventory, support tickets) from the blob store.
 */
@NullMarked
package io.c360.ingest.imports;

import org.jspecify.annotations.NullMarked;
