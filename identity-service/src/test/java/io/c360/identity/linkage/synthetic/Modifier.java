package io.c360.identity.linkage.synthetic;

import io.c360.identity.fuzzy.OfflinePerson;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Makes one duplicate of a record: one to three modifications, at most two per field. Which field
 * is modified follows {@link #FIELD_WEIGHTS}; the error is drawn from the field's own distribution
 * (names: typo 45 %, phonetic 20 %, OCR 10 %, missing 10 %, first and last name swapped 10 %,
 * initial only 5 %; street: typo 50 %, abbreviated type 20 %, missing 30 %; numbers and postcodes:
 * typo 60 %, OCR 10 %, missing 30 %; birth date: day and month swapped 30 %, a digit 40 %, missing
 * 30 %; region and gender: mostly missing).
 */
final class Modifier {

  private enum Part {
    FIRST,
    MIDDLE,
    LAST,
    NUMBER,
    STREET,
    LOCALITY,
    POSTCODE,
    REGION,
    BIRTH,
    GENDER
  }

  /** How likely each field is to be the one modified (FEBRL's field selection probabilities). */
  private static final double[] FIELD_WEIGHTS = {
    0.17, 0.05, 0.17, 0.06, 0.14, 0.09, 0.11, 0.04, 0.12, 0.05
  };

  private final Random random;
  private final Corruptor corruptor;

  Modifier(Random random, Corruptor corruptor) {
    this.random = random;
    this.corruptor = corruptor;
  }

  /** A mutable copy of a record while it is being corrupted. */
  private static final class Draft {
    @Nullable String first;
    @Nullable String middle;
    @Nullable String last;
    @Nullable String number;
    @Nullable String street;
    @Nullable String locality;
    @Nullable String postcode;
    @Nullable String region;
    @Nullable LocalDate birth;
    @Nullable String gender;

    Draft(OfflinePerson p) {
      first = p.firstName();
      middle = p.middleName();
      last = p.lastName();
      number = p.streetNumber();
      street = p.street();
      locality = p.locality();
      postcode = p.postcode();
      region = p.region();
      birth = p.birthDate();
      gender = p.gender();
    }

    OfflinePerson person() {
      return new OfflinePerson(
          first, last, street, postcode, birth, middle, number, locality, region, gender);
    }
  }

  OfflinePerson duplicate(OfflinePerson original) {
    Draft d = new Draft(original);
    int modifications = 1 + random.nextInt(DuplicateGenerator.MAX_MODIFICATIONS_PER_RECORD);
    int[] perField = new int[Part.values().length];
    for (int m = 0; m < modifications; m++) {
      Part part = pickPart();
      if (perField[part.ordinal()] >= 2) {
        continue;
      }
      perField[part.ordinal()]++;
      modify(d, part);
    }
    return d.person();
  }

  private Part pickPart() {
    double u = random.nextDouble();
    for (Part part : Part.values()) {
      u -= FIELD_WEIGHTS[part.ordinal()];
      if (u <= 0) {
        return part;
      }
    }
    return Part.FIRST;
  }

  private void modify(Draft d, Part part) {
    switch (part) {
      case FIRST -> {
        if (random.nextDouble() < 0.10) {
          String first = d.first;
          d.first = d.last;
          d.last = first;
        } else {
          d.first = name(d.first);
        }
      }
      case LAST -> d.last = name(d.last);
      case MIDDLE -> d.middle = random.nextDouble() < 0.5 ? null : name(d.middle);
      case NUMBER, POSTCODE -> {
        String value = part == Part.NUMBER ? d.number : d.postcode;
        String changed = code(value);
        if (part == Part.NUMBER) {
          d.number = changed;
        } else {
          d.postcode = changed;
        }
      }
      case STREET -> d.street = street(d.street);
      case LOCALITY -> d.locality = locality(d.locality);
      case REGION -> d.region = random.nextDouble() < 0.8 ? null : "NY";
      case BIRTH -> d.birth = birth(d.birth);
      case GENDER -> d.gender = random.nextDouble() < 0.8 ? null : flip(d.gender);
    }
  }

  private @Nullable String name(@Nullable String value) {
    if (value == null) {
      return null;
    }
    double u = random.nextDouble();
    if (u < 0.45) {
      return corruptor.typo(value);
    } else if (u < 0.65) {
      return corruptor.phonetic(value.toLowerCase(Locale.ROOT));
    } else if (u < 0.75) {
      return corruptor.ocr(value.toLowerCase(Locale.ROOT));
    } else if (u < 0.87) {
      return null;
    }
    return value.substring(0, 1);
  }

  private @Nullable String code(@Nullable String value) {
    if (value == null) {
      return null;
    }
    double u = random.nextDouble();
    if (u < 0.6) {
      return corruptor.typo(value);
    } else if (u < 0.7) {
      return corruptor.ocr(value);
    }
    return null;
  }

  private @Nullable String street(@Nullable String value) {
    if (value == null) {
      return null;
    }
    double u = random.nextDouble();
    if (u < 0.5) {
      return corruptor.typo(value);
    } else if (u < 0.7) {
      return value
          .replace("Street", "St")
          .replace("Road", "Rd")
          .replace("Avenue", "Ave")
          .replace("Lane", "Ln")
          .replace("Drive", "Dr");
    }
    return null;
  }

  private @Nullable String locality(@Nullable String value) {
    if (value == null) {
      return null;
    }
    double u = random.nextDouble();
    if (u < 0.5) {
      return corruptor.typo(value);
    } else if (u < 0.7) {
      return corruptor.phonetic(value.toLowerCase(Locale.ROOT));
    }
    return null;
  }

  private @Nullable LocalDate birth(@Nullable LocalDate value) {
    if (value == null) {
      return null;
    }
    double u = random.nextDouble();
    if (u < 0.3 && value.getDayOfMonth() <= 12) {
      return LocalDate.of(value.getYear(), value.getDayOfMonth(), value.getMonthValue());
    } else if (u < 0.7) {
      return switch (random.nextInt(3)) {
        case 0 ->
            value.withYear(
                value.getYear() + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(9)));
        case 1 -> value.withDayOfMonth(1 + (value.getDayOfMonth() + 9) % 28);
        default -> value.withMonth(1 + (value.getMonthValue() + random.nextInt(11)) % 12);
      };
    }
    return null;
  }

  private static @Nullable String flip(@Nullable String gender) {
    return "f".equals(gender) ? "m" : "f";
  }
}
