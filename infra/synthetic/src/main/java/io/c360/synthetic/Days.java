package io.c360.synthetic;

import java.util.Arrays;

/** The days on which something happened recently, oldest first; counts over trailing windows. */
final class Days {

  private static final int KEEP = 120;

  private int[] days;
  private int size;

  Days() {
    this.days = new int[4];
  }

  private Days(Days other) {
    this.days = Arrays.copyOf(other.days, other.days.length);
    this.size = other.size;
  }

  Days copy() {
    return new Days(this);
  }

  void add(int day) {
    if (size == days.length) {
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (days[i] > day - KEEP) {
          days[kept++] = days[i];
        }
      }
      size = kept;
      if (size == days.length) {
        days = Arrays.copyOf(days, days.length * 2);
      }
    }
    days[size++] = day;
  }

  /** How many days recorded are at or after {@code fromDay} (windows up to 120 days). */
  int countSince(int fromDay) {
    int count = 0;
    for (int i = size - 1; i >= 0 && days[i] >= fromDay; i--) {
      count++;
    }
    return count;
  }
}
