package io.c360.console.customers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small helpers to hand parts of a service's answer to a template safely. */
final class Views {

  private Views() {}

  /** The entries of a JSON object, or none. */
  static List<Map.Entry<String, Object>> entries(@Nullable Object object) {
    List<Map.Entry<String, Object>> entries = new ArrayList<>();
    if (object instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            if (v != null) {
              entries.add(Map.entry(String.valueOf(k), v));
            }
          });
    }
    return entries;
  }

  /** The elements of a JSON array, or none. */
  static List<Object> list(@Nullable Object array) {
    return array instanceof List<?> list ? new ArrayList<>(list) : List.of();
  }
}
