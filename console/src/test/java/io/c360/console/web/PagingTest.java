package io.c360.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PagingTest {

  private final List<Integer> items = IntStream.rangeClosed(1, 45).boxed().toList();

  @Test
  void cutsAListIntoPagesAndKeepsTheNumberInRange() {
    Paging<Integer> last = Paging.of(items, 3, 20);
    assertThat(last.items()).containsExactly(41, 42, 43, 44, 45);
    assertThat(last.pages()).isEqualTo(3);
    assertThat(last.hasNext()).isFalse();
    assertThat(last.hasPrevious()).isTrue();
    assertThat(Paging.of(items, 99, 20).number()).isEqualTo(3);
    assertThat(Paging.of(items, 0, 20).items()).startsWith(1).hasSize(20);
    assertThat(Paging.of(List.of(), 1, 20).pages()).isEqualTo(1);
  }
}
