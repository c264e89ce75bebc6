package io.c360.synthetic;

import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's identity and how it shows up on events.
 *
 * @param typedEmail the email as the customer types it in forms (mixed case)
 * @param typedPhone the phone in US national format, as typed
 * @param deviceIds the app device id per device, or null for a web browser
 */
record Person(
    SyntheticCustomer customer,
    String typedEmail,
    String typedPhone,
    @Nullable String[] deviceIds) {

  private static final String[] FIRST = {
    "Ann", "Ben", "Carla", "David", "Emma", "Farid", "Grace", "Hiro", "Ines", "James", "Kofi",
    "Lena", "Mateo", "Nina", "Omar", "Priya", "Quinn", "Rosa", "Sam", "Tara", "Umar", "Vera",
    "Will", "Xia", "Yusuf", "Zoe", "Liam", "Mia", "Noah", "Olivia"
  };
  private static final String[] LAST = {
    "Smith",
    "Johnson",
    "Garcia",
    "Brown",
    "Lee",
    "Martinez",
    "Nguyen",
    "Patel",
    "Kim",
    "Lopez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Moore",
    "Jackson",
    "Martin",
    "Clark",
    "Lewis",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Green",
    "Baker",
    "Adams",
    "Nelson",
    "Hill",
    "Campbell"
  };
  private static final String[] STREETS = {
    "Main St",
    "Oak Ave",
    "Maple Dr",
    "Cedar Ln",
    "Pine St",
    "Elm St",
    "Lake View Rd",
    "Park Ave",
    "Washington Blvd",
    "Sunset Dr",
    "River Rd",
    "Hillcrest Ave"
  };
  private static final String[] DOMAINS = {"example.com", "example.net", "example.org"};
  private static final int[] AREA_CODES = {212, 206, 303, 312, 404, 415, 512, 617, 702, 305};

  static Person draw(int index, Rng rng, Platform[] platforms, IdentifierNormalizer normalizer) {
    String first = rng.pick(FIRST);
    String last = rng.pick(LAST);
    int number = index + 1;
    String typedEmail = first + "." + last + number + "@" + capitalize(rng.pick(DOMAINS));
    String email = typedEmail.toLowerCase(Locale.ROOT);
    String typedPhone;
    String phone;
    do {
      int area = AREA_CODES[rng.nextInt(AREA_CODES.length)];
      int exchange = rng.between(201, 989);
      typedPhone = "(%d) %03d-%04d".formatted(area, exchange, rng.nextInt(10_000));
      phone =
          normalizer.normalize(IdentifierType.PHONE, typedPhone).map(id -> id.value()).orElse("");
    } while (phone.isEmpty() || exchange(typedPhone).equals("555"));
    String userId = "u_" + Long.toString(rng.nextLong() >>> 12, 36);
    String loyaltyId = "LOY%010d".formatted((rng.nextLong() >>> 1) % 10_000_000_000L);
    List<String> anonymousIds = new ArrayList<>(platforms.length);
    String[] deviceIds = new String[platforms.length];
    for (int i = 0; i < platforms.length; i++) {
      anonymousIds.add(uuid(rng).toString());
      deviceIds[i] = platforms[i].app() ? uuid(rng).toString().toUpperCase(Locale.ROOT) : null;
    }
    LocalDate birthDate = LocalDate.of(1950, 1, 1).plusDays(rng.nextInt(365 * 55));
    SyntheticCustomer customer =
        new SyntheticCustomer(
            "C%07d".formatted(number),
            userId,
            email,
            phone,
            loyaltyId,
            first,
            last,
            rng.between(1, 9_999) + " " + rng.pick(STREETS),
            "%05d".formatted(rng.between(1_001, 99_950)),
            birthDate,
            anonymousIds);
    return new Person(customer, typedEmail, typedPhone, deviceIds);
  }

  /** A version 4 UUID from the generator, so ids are reproducible. */
  static UUID uuid(Rng rng) {
    return uuid(rng.nextLong(), rng.nextLong());
  }

  static UUID uuid(long high, long low) {
    return new UUID((high & ~0xF000L) | 0x4000L, (low & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
  }

  private static String exchange(String typedPhone) {
    return typedPhone.substring(6, 9);
  }

  private static String capitalize(String domain) {
    return Character.toUpperCase(domain.charAt(0)) + domain.substring(1);
  }
}
