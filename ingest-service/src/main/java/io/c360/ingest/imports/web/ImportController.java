package io.c360.ingest.imports.web;

import io.c360.ingest.imports.ImportReport;
import io.c360.ingest.imports.ImportService;
import io.c360.ingest.web.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Starts imports of files in the blob store or uploaded, and reports on them (role admin). */
@RestController
@RequestMapping("/v1/imports")
@Tag(name = "Imports", description = "POS sales, catalog, inventory and support files")
class ImportController {

  private static final int MAX_PAGE = 100;

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  /** One page of imports, newest first; {@code next} is the {@code after} of the next page. */
  record ImportPage(List<ImportReport> imports, @Nullable String next) {}

  @Operation(summary = "Start importing a CSV or JSON-lines file from the blob store")
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<ImportReport> start(@RequestBody ImportService.ImportRequest request) {
    return accepted(() -> imports.start(request));
  }

  @Operation(
      summary = "Upload a CSV or JSON-lines file and import it",
      description =
          "multipart/form-data with the file as part 'file' and the kind as field 'kind' (format"
              + " optional, else from the file name). The file is streamed to the blob store"
              + " under imports/uploads/ (parts past 1 MB go to a temporary file, never to the"
              + " heap) and imported as a file already there; larger than the upload limit"
              + " (spring.servlet.multipart.max-file-size, env C360_INGEST_MAX_UPLOAD, 2 GB by"
              + " default) is answered 413.")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<ImportReport> upload(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String format,
      @RequestPart("file") MultipartFile file) {
    return accepted(
        () -> {
          try (InputStream content = file.getInputStream()) {
            return imports.upload(kind, file.getOriginalFilename(), format, content);
          } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
          }
        });
  }

  @Operation(summary = "Imports, newest first, one page at a time")
  @GetMapping
  ImportPage list(
      @Parameter(description = "imports per page, 1 to 100") @RequestParam(defaultValue = "20")
          int limit,
      @Parameter(description = "the importId of the last import of the previous page")
          @RequestParam(required = false)
          @Nullable String after) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST, "limit " + limit + " must be between 1 and " + MAX_PAGE);
    }
    List<ImportReport> page = imports.list(limit, after);
    return new ImportPage(page, page.size() == limit ? page.getLast().importId() : null);
  }

  @Operation(summary = "Progress and, once done, the report of an import")
  @GetMapping("/{importId}")
  ImportReport get(@PathVariable String importId) {
    return imports.find(importId).orElseThrow(() -> notFound(importId));
  }

  @Operation(
      summary = "Retry a FAILED import from its checkpoint",
      description =
          "Rows up to the report's checkpointRow were published and are skipped; the import goes"
              + " on after them. 409 when the import is not FAILED.")
  @PostMapping("/{importId}/retry")
  ResponseEntity<ImportReport> retry(@PathVariable String importId) {
    try {
      ImportReport report = imports.retry(importId).orElseThrow(() -> notFound(importId));
      return ResponseEntity.accepted()
          .location(URI.create("/v1/imports/" + report.importId()))
          .body(report);
    } catch (ImportService.ImportStateException e) {
      throw new ApiProblem(HttpStatus.CONFLICT, e.getMessage());
    }
  }

  private static ApiProblem notFound(String importId) {
    return new ApiProblem(HttpStatus.NOT_FOUND, "no import with id '" + importId + "'");
  }

  private static ResponseEntity<ImportReport> accepted(Supplier<ImportReport> start) {
    try {
      ImportReport report = start.get();
      return ResponseEntity.accepted()
          .location(URI.create("/v1/imports/" + report.importId()))
          .body(report);
    } catch (ImportService.InvalidImportException e) {
      throw new ApiProblem(
          e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
    }
  }
}
