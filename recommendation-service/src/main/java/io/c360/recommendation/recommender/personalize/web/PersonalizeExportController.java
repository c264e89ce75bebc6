package io.c360.recommendation.recommender.personalize.web;

import io.c360.platform.blob.BlobStore;
import io.c360.platform.security.EndpointRoles;
import io.c360.platform.security.Role;
import io.c360.recommendation.catalog.Catalog;
import io.c360.recommendation.catalog.CatalogItem;
import io.c360.recommendation.interaction.InteractionHistory;
import io.c360.recommendation.recommender.personalize.ExportItem;
import io.c360.recommendation.recommender.personalize.PersonalizeErasureLog;
import io.c360.recommendation.recommender.personalize.PersonalizeExport;
import io.swagger.v3.oas.annotations.Operation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /v1/personalize/exports} (role {@code admin}): writes every active profile's
 * interactions (from the timeline), the catalog's items and the users as Personalize dataset CSVs
 * with their schemas to the blob store, leaving out erased profiles. Works whether or not the
 * Personalize backend is on, so a dataset group can be trained before it serves.
 */
@RestController
class PersonalizeExportController {

  private final InteractionHistory history;
  private final Catalog catalog;
  private final PersonalizeExport export;

  PersonalizeExportController(
      InteractionHistory history, Catalog catalog, BlobStore blobs, Clock clock) {
    this.history = history;
    this.catalog = catalog;
    this.export = new PersonalizeExport(blobs, new PersonalizeErasureLog(blobs, clock), clock);
  }

  @Operation(summary = "Export the interactions, items and users as Amazon Personalize datasets")
  @PostMapping("/v1/personalize/exports")
  ResponseEntity<PersonalizeExport.Result> export() {
    List<ExportItem> items = new ArrayList<>();
    for (CatalogItem item : catalog.all()) {
      items.add(
          new ExportItem(
              item.sku(),
              item.category(),
              item.price() == null ? BigDecimal.ZERO : item.price(),
              item.updatedAt()));
    }
    try {
      PersonalizeExport.Result result = export.export(history.all(), items);
      return ResponseEntity.created(URI.create("/" + result.prefix())).body(result);
    } catch (IOException e) {
      throw new UncheckedIOException("the export could not be written to the blob store", e);
    }
  }

  /** Exports are for admins. */
  @Configuration(proxyBeanMethods = false)
  static class ExportSecurity {
    @Bean
    EndpointRoles personalizeExportEndpoints() {
      return registry ->
          registry
              .requestMatchers(HttpMethod.POST, "/v1/personalize/exports")
              .hasRole(Role.ADMIN.name());
    }
  }
}
