package io.c360.console.web;

import java.util.List;

/**
 * One page of a list a service answers whole, for the lists the console pages itself.
 *
 * @param number 1-based
 */
public record Paging<T>(List<T> items, int number, int pages, int total) {

  public static <T> Paging<T> of(List<T> all, int number, int size) {
    int pages = Math.max(1, (all.size() + size - 1) / size);
    int current = Math.clamp(number, 1, pages);
    int from = (current - 1) * size;
    return new Paging<>(
        List.copyOf(all.subList(from, Math.min(all.size(), from + size))),
        current,
        pages,
        all.size());
  }

  public boolean hasPrevious() {
    return number > 1;
  }

  public boolean hasNext() {
    return number < pages;
  }
}
