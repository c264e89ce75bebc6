package io.c360.identity.fuzzy;

import java.time.LocalDate;

/** Offline records of a few people, for tests. */
final class People {

  private People() {}

  static OfflinePerson ann() {
    return new OfflinePerson("Ann", "Fletcher", "12 Oak Street", "10001", LocalDate.of(1984, 3, 9));
  }

  /** Ann's twin: same surname, address and birth date, another first name. */
  static OfflinePerson annsTwin() {
    return new OfflinePerson(
        "Joan", "Fletcher", "12 Oak Street", "10001", LocalDate.of(1984, 3, 9));
  }

  static OfflinePerson robert() {
    return new OfflinePerson(
        "Robert", "Müller", "7 Station Road", "10002", LocalDate.of(1961, 11, 23));
  }
}
