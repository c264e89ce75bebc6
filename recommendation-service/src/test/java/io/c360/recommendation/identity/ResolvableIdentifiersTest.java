package io.c360.recommendation.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResolvableIdentifiersTest {

  @Test
  void keepsOnlyTheUserIdsAndAnonymousIdsTheApiResolves() {
    List<String> kept =
        ResolvableIdentifiers.only(
            List.of(
                "email#ann@example.com",
                "userId#ann-42",
                "phone#+447700900123",
                "anonymousId#a-1",
                "userId#ann-42",
                "userId#",
                "loyaltyId#L-9"));

    assertThat(kept).containsExactly("userId#ann-42", "anonymousId#a-1");
  }
}
