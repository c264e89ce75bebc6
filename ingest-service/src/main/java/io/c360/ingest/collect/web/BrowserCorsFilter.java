package io.c360.ingest.collect.web;

import io.c360.platform.security.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * CORS for Segment's browser SDK on the SDK routes only ({@link SdkRoutes}); every other API of
 * ingest sends no CORS headers, so browsers keep refusing cross-origin calls to it.
 *
 * <p>A preflight carries no credentials, so it is answered for an origin that any source allows;
 * the request itself is then checked against the origins of the source its write key names (in
 * {@link TrackingController}). No credentials mode: the SDK's fetch sends none, and allowing them
 * would let any allowed page send a visitor's cookies. A refused origin gets 403 with a problem
 * body. Runs before the security filter chain, which would refuse an unauthenticated preflight.
 */
class BrowserCorsFilter extends OncePerRequestFilter {

  private final BrowserOrigins origins;
  private final Set<String> allowedHeaders;
  private final String allowHeadersValue;
  private final String maxAgeSeconds;

  BrowserCorsFilter(BrowserOrigins origins, SdkProperties sdk) {
    this.origins = origins;
    this.allowedHeaders =
        sdk.allowedHeaders().stream()
            .map(h -> h.trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    this.allowHeadersValue = String.join(", ", sdk.allowedHeaders());
    this.maxAgeSeconds = Long.toString(sdk.preflightMaxAge().toSeconds());
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return request.getHeader(HttpHeaders.ORIGIN) == null
        || !SdkRoutes.isSdkPath(
            request.getRequestURI().substring(request.getContextPath().length()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    response.addHeader(HttpHeaders.VARY, HttpHeaders.ORIGIN);
    if (!origins.anySourceAllows(origin)) {
      refuse(
          request,
          response,
          "pages of origin '"
              + origin
              + "' may not send events here; add the origin to the allowed origins of the source"
              + " whose write key the page uses (c360.security.sources[].allowed-origins)");
      return;
    }
    if (CorsUtils.isPreFlightRequest(request)) {
      preflight(request, response, origin);
      return;
    }
    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    response.setHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, HttpHeaders.RETRY_AFTER);
    chain.doFilter(request, response);
  }

  private void preflight(HttpServletRequest request, HttpServletResponse response, String origin)
      throws IOException {
    response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
    String method = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
    if (!HttpMethod.POST.matches(method) && !HttpMethod.GET.matches(method)) {
      refuse(request, response, "only POST and GET may be sent here from a page, not " + method);
      return;
    }
    List<String> refused = refusedHeaders(request);
    if (!refused.isEmpty()) {
      refuse(
          request,
          response,
          "the request headers "
              + refused
              + " are not allowed; allowed are "
              + allowHeadersValue
              + " (c360.ingest.sdk.allowed-headers)");
      return;
    }
    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "POST, GET");
    response.setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, allowHeadersValue);
    response.setHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, maxAgeSeconds);
    response.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }

  private List<String> refusedHeaders(HttpServletRequest request) {
    String requested = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
    if (requested == null || requested.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(requested.split(","))
        .map(h -> h.trim().toLowerCase(Locale.ROOT))
        .filter(h -> !h.isEmpty() && !allowedHeaders.contains(h))
        .toList();
  }

  private static void refuse(HttpServletRequest request, HttpServletResponse response, String why)
      throws IOException {
    ProblemResponses.write(request, response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", why);
  }
}
