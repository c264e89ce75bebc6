package io.c360.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/** Navigation in parsed YAML (maps, lists and scalars from SnakeYAML). */
final class Yaml {

  private Yaml() {}

  /** Every document of a (multi-document) YAML text, skipping empty documents. */
  static List<Map<String, Object>> documents(String text) {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(10 * 1024 * 1024);
    org.yaml.snakeyaml.Yaml yaml = new org.yaml.snakeyaml.Yaml(options);
    List<Map<String, Object>> documents = new ArrayList<>();
    for (Object document : yaml.loadAll(text)) {
      if (document instanceof Map<?, ?> map) {
        documents.add(cast(map));
      }
    }
    return documents;
  }

  static Map<String, Object> document(String text) {
    List<Map<String, Object>> documents = documents(text);
    if (documents.size() != 1) {
      throw new IllegalArgumentException("expected one YAML document, found " + documents.size());
    }
    return documents.get(0);
  }

  /** The value at a dot-separated path of map keys, or null when a step is missing. */
  static Object at(Object node, String path) {
    Object current = node;
    for (String key : path.split("\\.")) {
      if (!(current instanceof Map<?, ?> map)) {
        return null;
      }
      current = map.get(key);
    }
    return current;
  }

  static Map<String, Object> map(Object node, String path) {
    Object value = at(node, path);
    return value instanceof Map<?, ?> map ? cast(map) : Map.of();
  }

  static List<Object> list(Object node, String path) {
    Object value = at(node, path);
    if (value instanceof List<?> list) {
      return new ArrayList<>(list);
    }
    return List.of();
  }

  static String string(Object node, String path) {
    Object value = at(node, path);
    return value == null ? null : value.toString();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> cast(Map<?, ?> map) {
    return (Map<String, Object>) map;
  }
}
