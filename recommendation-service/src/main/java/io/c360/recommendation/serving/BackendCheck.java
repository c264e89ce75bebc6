package io.c360.recommendation.serving;

import io.c360.recommendation.recommender.Recommender;
import io.c360.recommendation.serving.RecommendationProperties.Variant;
import java.util.List;
import java.util.Map;

/** Checks at startup that every backend the configuration names is there. */
final class BackendCheck {

  private BackendCheck() {}

  /** The default backend, after checking every named backend is configured. */
  static Recommender check(RecommendationProperties properties, Map<String, Recommender> backends) {
    Recommender fallback = backends.get(properties.defaultBackend());
    if (fallback == null) {
      throw new IllegalStateException(
          "c360.recommendation.default-backend '"
              + properties.defaultBackend()
              + "' is not one of the configured backends "
              + backends.keySet());
    }
    for (var context : properties.contexts().entrySet()) {
      for (Variant variant : context.getValue().variants()) {
        if (!backends.containsKey(variant.backend())) {
          throw new IllegalStateException(
              "context '"
                  + context.getKey()
                  + "' variant '"
                  + variant.name()
                  + "' uses backend '"
                  + variant.backend()
                  + "', which is not configured (known: "
                  + backends.keySet()
                  + ")");
        }
      }
    }
    for (String backend :
        List.of(
            properties.similarBackend(),
            properties.popularBackend(),
            properties.rankingBackend())) {
      if (!backends.containsKey(backend)) {
        throw new IllegalStateException(
            "backend '" + backend + "' is not configured (known: " + backends.keySet() + ")");
      }
    }
    return fallback;
  }
}
