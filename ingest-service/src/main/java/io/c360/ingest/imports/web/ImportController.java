package io.c360.ingest.imports.web;

import io.c360.common.json.EventJson;
import io.c360.ingest.imports.ImportProperties;
import io.c360.ingest.imports.ImportReport;
import io.c360.ingest.imports.ImportService;
import io.c360.platform.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;

/** Starts imports of files in the blob store or uploaded, and reports on them (role admin). */
@RestController
@RequestMapping("/v1/imports")
@Tag(name = "Imports", description = "POS sales, catalog, inventory and support files")
class ImportController {

  private static final int MAX_PAGE = 100;
  private static final int MAX_PREVIEW = 1000;

  private final ImportService imports;
  private final ImportProperties properties;

  ImportController(ImportService imports, ImportProperties properties) {
    this.imports = imports;
    this.properties = properties;
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
      @ModelAttribute UploadForm form, @RequestPart("file") MultipartFile file) {
    ImportService.ImportRequest request = form.request();
    return accepted(
        () -> {
          try (InputStream content = file.getInputStream()) {
            return imports.upload(request, file.getOriginalFilename(), content);
          } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
          }
        });
  }

  @Operation(
      summary = "Show the first rows of a file in the blob store as C360 would read them",
      description =
          "The same body as starting an import; nothing is published. Answers the events and"
              + " catalog updates the rows would become and the rejected rows with their reasons.")
  @PostMapping(path = "/preview", consumes = MediaType.APPLICATION_JSON_VALUE)
  ImportService.Preview preview(
      @RequestBody ImportService.ImportRequest request,
      @Parameter(description = "rows to read, 1 to 1000 (default 20)")
          @RequestParam(required = false)
          @Nullable Integer rows) {
    return invalidAsProblem(() -> imports.preview(request, previewRows(rows)));
  }

  @Operation(
      summary = "Show the first rows of an uploaded file as C360 would read them",
      description = "The same form as uploading a file to import; the file is not stored.")
  @PostMapping(path = "/preview", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ImportService.Preview previewUpload(
      @ModelAttribute UploadForm form,
      @RequestPart("file") MultipartFile file,
      @Parameter(description = "rows to read, 1 to 1000 (default 20)")
          @RequestParam(required = false)
          @Nullable Integer rows) {
    ImportService.ImportRequest request = form.request();
    int limit = previewRows(rows);
    return invalidAsProblem(
        () -> {
          try (InputStream content = file.getInputStream()) {
            return imports.preview(request, file.getOriginalFilename(), content, limit);
          } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
          }
        });
  }

  /**
   * The form fields of an upload: the same as the JSON body's, with {@code mapping} as a JSON
   * object in one field.
   */
  record UploadForm(
      @Nullable String kind,
      @Nullable String format,
      @Nullable String mapping,
      @Nullable String timestampFormat,
      @Nullable String zone,
      @Nullable String decimalSeparator,
      @Nullable String negativeQuantity) {

    ImportService.ImportRequest request() {
      Map<String, String> fields = null;
      if (mapping != null && !mapping.isBlank()) {
        try {
          fields =
              EventJson.mapper().readValue(mapping, new TypeReference<Map<String, String>>() {});
        } catch (JacksonException e) {
          throw new ApiProblem(
              HttpStatus.BAD_REQUEST,
              "mapping must be a JSON object of C360 field to column, e.g."
                  + " {\"transaction_id\":\"InvoiceNo\",\"currency\":\"=EUR\"}");
        }
      }
      return new ImportService.ImportRequest(
          kind, null, format, fields, timestampFormat, zone, decimalSeparator, negativeQuantity);
    }
  }

  private int previewRows(@Nullable Integer rows) {
    int n = rows == null ? properties.previewRows() : rows;
    if (n < 1 || n > MAX_PREVIEW) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST, "rows " + n + " must be between 1 and " + MAX_PREVIEW);
    }
    return n;
  }

  private static <T> T invalidAsProblem(Supplier<T> action) {
    try {
      return action.get();
    } catch (ImportService.InvalidImportException e) {
      throw new ApiProblem(
          e.notFound() ? HttpStatus.NOT_FOUND : HttpStatus.BAD_REQUEST, e.getMessage());
    }
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
    ImportReport report = invalidAsProblem(start);
    return ResponseEntity.accepted()
        .location(URI.create("/v1/imports/" + report.importId()))
        .body(report);
  }
}
