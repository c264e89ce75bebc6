package io.c360.common.json;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON configuration for everything C360 puts on a topic or in a table: ISO-8601
 * timestamps, exact decimals (a price of {@code 19.90} stays {@code 19.90}), and tolerance of
 * fields added by later minor versions of a contract.
 */
public final class EventJson {

  private static final JsonMapper MAPPER = builder().build();

  private EventJson() {}

  /** A builder with C360's settings, for services that add their own modules. */
  public static JsonMapper.Builder builder() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  /** The shared, thread-safe mapper. */
  public static JsonMapper mapper() {
    return MAPPER;
  }
}
