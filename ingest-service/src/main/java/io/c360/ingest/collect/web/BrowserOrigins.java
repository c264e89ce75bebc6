package io.c360.ingest.collect.web;

import io.c360.platform.problem.ApiProblem;
import io.c360.platform.security.SecurityProperties;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;

/**
 * The web origins each source's write key may be used from in a browser, matched by Spring's CORS
 * origin patterns. A configured {@code http://localhost:*} (any port) is written in Spring's
 * pattern syntax as {@code http://localhost:[*]}; {@code https://*.example.com} is one already.
 */
@Component
class BrowserOrigins {

  private final Map<String, CorsConfiguration> bySource = new LinkedHashMap<>();
  private final CorsConfiguration anySource = new CorsConfiguration();

  BrowserOrigins(SecurityProperties security) {
    anySource.setAllowedOriginPatterns(new ArrayList<>());
    for (SecurityProperties.Source source : security.sources()) {
      List<String> patterns =
          source.allowedOrigins().stream().map(BrowserOrigins::pattern).toList();
      CorsConfiguration config = new CorsConfiguration();
      config.setAllowedOriginPatterns(patterns);
      bySource.put(source.name(), config);
      patterns.forEach(anySource::addAllowedOriginPattern);
    }
  }

  /** Whether any source lets pages of this origin send events (what a preflight can know). */
  boolean anySourceAllows(@Nullable String origin) {
    return origin != null && anySource.checkOrigin(origin) != null;
  }

  /** Whether this source's write key may be used by pages of this origin. */
  boolean allows(String source, @Nullable String origin) {
    CorsConfiguration config = bySource.get(source);
    return origin != null && config != null && config.checkOrigin(origin) != null;
  }

  /** Refuses (403) a page of an origin this source's write key may not be used from. */
  void requireAllowed(String source, @Nullable String origin) {
    if (origin != null && !allows(source, origin)) {
      throw new ApiProblem(
          HttpStatus.FORBIDDEN,
          "pages of origin '"
              + origin
              + "' may not use the write key of source '"
              + source
              + "'; add the origin to that source's allowed origins");
    }
  }

  private static String pattern(String configured) {
    String trimmed = configured.trim();
    return trimmed.endsWith(":*") ? trimmed.substring(0, trimmed.length() - 1) + "[*]" : trimmed;
  }
}
