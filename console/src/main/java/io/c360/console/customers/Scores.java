package io.c360.console.customers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A profile's scores, each with its top reasons by the size of their contribution. */
record Scores(List<Score> scores) {

  static final int TOP_REASONS = 3;

  record Score(String model, Object version, double score, Object scoredAt, List<Reason> reasons) {}

  record Reason(String feature, @Nullable Object value, double contribution) {}

  static Scores of(@Nullable Object scores) {
    List<Score> list = new ArrayList<>();
    if (scores instanceof Map<?, ?> byModel) {
      byModel.forEach(
          (model, s) -> {
            if (s instanceof Map<?, ?> score) {
              list.add(
                  new Score(
                      String.valueOf(model),
                      String.valueOf(score.get("modelVersion")),
                      number(score.get("score")),
                      String.valueOf(score.get("scoredAt")),
                      reasons(score.get("reasons"))));
            }
          });
    }
    list.sort(Comparator.comparing(Score::model));
    return new Scores(list);
  }

  private static List<Reason> reasons(@Nullable Object reasons) {
    List<Reason> list = new ArrayList<>();
    if (reasons instanceof List<?> all) {
      for (Object r : all) {
        if (r instanceof Map<?, ?> reason) {
          list.add(
              new Reason(
                  String.valueOf(reason.get("feature")),
                  reason.get("value"),
                  number(reason.get("contribution"))));
        }
      }
    }
    list.sort(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution())));
    return list.subList(0, Math.min(TOP_REASONS, list.size()));
  }

  static double number(@Nullable Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
