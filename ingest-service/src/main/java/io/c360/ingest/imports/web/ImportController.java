package io.c360.ingest.imports.web;

import io.c360.ingest.imports.ImportReport;
import io.c360.ingest.imports.ImportService;
import io.c360.ingest.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Starts imports of files in the blob store and reports on them (role admin). */
@RestController
@RequestMapping("/v1/imports")
@Tag(name = "Imports", description = "POS sales, catalog, inventory and support files")
class ImportController {

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @Operation(summary = "Start importing a CSV or JSON-lines file from the blob store")
  @PostMapping
  ResponseEntity<ImportReport> start(@RequestBody ImportService.ImportRequest request) {
    try {
      ImportReport report = imports.start(request);
      return ResponseEntity.accepted()
          .location(URI.create("/v1/imports/" + report.importId()))
          .body(report);
    } catch (ImportService.InvalidImportException e) {
      throw new ApiProblem(
          e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }

  @Operation(summary = "Progress and, once done, the report of an import")
  @GetMapping("/{importId}")
  ImportReport get(@PathVariable String importId) {
    return imports
        .find(importId)
        .orElseThrow(
            () -> new ApiProblem(HttpStatus.NOT_FOUND, "no import with id '" + importId + "'"));
  }
}
