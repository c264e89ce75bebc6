package io.c360.ingest.collect.web;

import io.c360.platform.problem.ApiProblem;
import io.c360.platform.security.WriteKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * What Segment's client SDKs read before they send anything: the project settings they fetch from
 * their CDN host at start ({@code <cdnHost>/projects/<writeKey>/settings}, with cdnHost {@code
 * <ingest>/v1}), and the route of their own telemetry, answered so they stop retrying it.
 *
 * <p>The settings name only the {@code Segment.io} destination, pointed at this ingest: no device-
 * mode destinations to download, no remote plugins, and metrics sampled at 0.
 */
@RestController
@RequestMapping("/v1")
@Tag(name = "Client SDK settings", description = "What Segment's browser and mobile SDKs read")
class SdkSettingsController {

  private static final CacheControl SETTINGS_CACHE = CacheControl.maxAge(Duration.ofMinutes(5));

  private final WriteKeys writeKeys;
  private final BrowserOrigins origins;
  private final SdkProperties sdk;
  private final Counter telemetry;

  SdkSettingsController(
      WriteKeys writeKeys, BrowserOrigins origins, SdkProperties sdk, MeterRegistry meters) {
    this.writeKeys = writeKeys;
    this.origins = origins;
    this.sdk = sdk;
    this.telemetry =
        Counter.builder("c360.ingest.sdk.telemetry")
            .description("telemetry posts of Segment's client SDKs, counted and dropped")
            .register(meters);
  }

  /** Segment's project settings, the part the SDKs act on. */
  record Settings(
      Map<String, SegmentIo> integrations,
      Map<String, Object> plan,
      Map<String, Object> edgeFunction,
      Map<String, Object> middlewareSettings,
      Map<String, Object> enabledMiddleware,
      Metrics metrics,
      List<Object> remotePlugins) {}

  /** The Segment.io destination: where and with which key the SDK sends events. */
  record SegmentIo(
      String apiKey,
      String apiHost,
      String protocol,
      List<String> unbundledIntegrations,
      boolean addBundledMetadata) {}

  /** The SDKs' own telemetry, switched off: {@code /v1/m} would only drop it. */
  record Metrics(double sampleRate, String host) {}

  @Operation(
      summary = "The settings a client SDK reads at start",
      description =
          "Point an SDK's cdnURL (browser: http(s)://<ingest>) or cdnHost (iOS, Android:"
              + " <ingest>/v1) at ingest. 404 for a write key no source has.")
  @GetMapping("/projects/{writeKey}/settings")
  ResponseEntity<Settings> settings(@PathVariable String writeKey, HttpServletRequest request) {
    String source =
        writeKeys
            .sourceFor(writeKey)
            .orElseThrow(
                () -> new ApiProblem(HttpStatus.NOT_FOUND, "no source has this write key"));
    origins.requireAllowed(source, request.getHeader(HttpHeaders.ORIGIN));
    UriComponents here = ServletUriComponentsBuilder.fromContextPath(request).build();
    String hostAndPort =
        here.getPort() < 0 ? here.getHost() : here.getHost() + ":" + here.getPort();
    String apiHost = sdk.apiHost() != null ? sdk.apiHost() : hostAndPort + "/v1";
    String protocol = sdk.protocol() != null ? sdk.protocol() : here.getScheme();
    var segment = new SegmentIo(writeKey, apiHost, protocol, List.of(), false);
    var body =
        new Settings(
            Map.of("Segment.io", segment),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            new Metrics(0, apiHost),
            List.of());
    return ResponseEntity.ok().cacheControl(SETTINGS_CACHE).body(body);
  }

  /** The SDKs' own metrics: C360 keeps only a count (not part of the documented API). */
  @Hidden
  @PostMapping({"/m", "/m/"})
  ResponseEntity<Void> telemetry() {
    telemetry.increment();
    return ResponseEntity.accepted().build();
  }
}
