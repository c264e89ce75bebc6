package io.c360.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.json.EventJson;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiTest {

  @Test
  void problemDetailsBecomeTitleAndDetail() {
    var body =
        EventJson.mapper()
            .readTree("{\"title\":\"Bad Request\",\"detail\":\"rule.all[0].field: unknown\"}");

    assertThat(Api.problem(body)).isEqualTo("Bad Request: rule.all[0].field: unknown");
  }

  @Test
  void otherBodiesAreShownAsTheyAre() {
    assertThat(Api.problem(EventJson.mapper().readTree("{\"error\":\"x\"}")))
        .isEqualTo("{\"error\":\"x\"}");
  }

  @Test
  void queryEncodesValuesAndLeavesOutNulls() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("anonymousId", "a b&c");
    parameters.put("itemId", null);
    parameters.put("numResults", 5);

    assertThat(Api.query(parameters)).isEqualTo("?anonymousId=a+b%26c&numResults=5");
    assertThat(Api.query(Map.of())).isEmpty();
  }
}
