package io.c360.identity.fuzzy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * A deterministic synthetic population for measuring the matcher: households sharing a last name,
 * street and postcode (with twins and parents and children of the same first name), postcodes
 * shared by several households and surnames common enough to repeat within a postcode, and for a
 * share of the people one to three noisy re-entries of their record as a till or a support agent
 * would type them.
 */
final class SyntheticPeople {

  /** One record and who it really is. */
  record Labelled(int personId, OfflinePerson person) {}

  private static final String[] FIRST_NAMES = {
    "James",
    "Mary",
    "Robert",
    "Patricia",
    "John",
    "Jennifer",
    "Michael",
    "Linda",
    "William",
    "Elizabeth",
    "David",
    "Barbara",
    "Richard",
    "Susan",
    "Joseph",
    "Jessica",
    "Thomas",
    "Sarah",
    "Charles",
    "Karen",
    "Christopher",
    "Nancy",
    "Daniel",
    "Lisa",
    "Matthew",
    "Margaret",
    "Anthony",
    "Betty",
    "Mark",
    "Sandra",
    "Donald",
    "Ashley",
    "Steven",
    "Dorothy",
    "Paul",
    "Kimberly",
    "Andrew",
    "Emily",
    "Joshua",
    "Donna",
    "Kenneth",
    "Michelle",
    "Kevin",
    "Carol",
    "Brian",
    "Amanda",
    "George",
    "Melissa",
    "Edward",
    "Deborah",
    "Ronald",
    "Stephanie",
    "Timothy",
    "Rebecca",
    "Jason",
    "Laura",
    "Jeffrey",
    "Sharon",
    "Ryan",
    "Cynthia",
    "Jacob",
    "Kathleen",
    "Gary",
    "Amy",
    "Nicholas",
    "Shirley",
    "Eric",
    "Angela",
    "Jonathan",
    "Helen",
    "Stephen",
    "Anna",
    "Larry",
    "Brenda",
    "Justin",
    "Pamela",
    "Scott",
    "Nicole",
    "Brandon",
    "Emma",
    "Benjamin",
    "Samantha",
    "Samuel",
    "Katherine",
    "Gregory",
    "Christine",
    "Frank",
    "Debra",
    "Alexander",
    "Rachel",
    "Raymond",
    "Catherine",
    "Patrick",
    "Carolyn",
    "Jack",
    "Janet",
    "Dennis",
    "Ruth",
    "Jerry",
    "Maria",
    "Tyler",
    "Heather",
    "Aaron",
    "Diane",
    "Jose",
    "Virginia",
    "Adam",
    "Julie",
    "José",
    "Zoë",
    "Renée",
    "Chloé",
    "Jean",
    "Joan",
    "Marc",
    "Marie",
    "Carl",
    "Carla",
    "Erin",
    "Aaron",
    "Ian",
    "Ivan",
    "Dana",
    "Diana",
    "Leon",
    "Leona",
    "Jan",
    "Jane",
    "Ann",
    "Anne",
    "Lena"
  };

  /** Last names, most common first; drawn with a skew so that Smiths meet in one postcode. */
  private static final String[] LAST_NAMES = {
    "Smith",
    "Johnson",
    "Williams",
    "Brown",
    "Jones",
    "Garcia",
    "Miller",
    "Davis",
    "Rodriguez",
    "Martinez",
    "Hernandez",
    "Lopez",
    "Gonzalez",
    "Wilson",
    "Anderson",
    "Thomas",
    "Taylor",
    "Moore",
    "Jackson",
    "Martin",
    "Lee",
    "Perez",
    "Thompson",
    "White",
    "Harris",
    "Sanchez",
    "Clark",
    "Ramirez",
    "Lewis",
    "Robinson",
    "Walker",
    "Young",
    "Allen",
    "King",
    "Wright",
    "Scott",
    "Torres",
    "Nguyen",
    "Hill",
    "Flores",
    "Green",
    "Adams",
    "Nelson",
    "Baker",
    "Hall",
    "Rivera",
    "Campbell",
    "Mitchell",
    "Carter",
    "Roberts",
    "Gomez",
    "Phillips",
    "Evans",
    "Turner",
    "Diaz",
    "Parker",
    "Cruz",
    "Edwards",
    "Collins",
    "Reyes",
    "Stewart",
    "Morris",
    "Morales",
    "Murphy",
    "Cook",
    "Rogers",
    "Gutierrez",
    "Ortiz",
    "Morgan",
    "Cooper",
    "Peterson",
    "Bailey",
    "Reed",
    "Kelly",
    "Howard",
    "Ramos",
    "Kim",
    "Cox",
    "Ward",
    "Richardson",
    "Watson",
    "Brooks",
    "Chavez",
    "Wood",
    "James",
    "Bennett",
    "Gray",
    "Mendoza",
    "Ruiz",
    "Hughes",
    "Price",
    "Alvarez",
    "Castillo",
    "Sanders",
    "Patel",
    "Myers",
    "Long",
    "Ross",
    "Foster",
    "Jimenez",
    "O'Brien",
    "Müller",
    "McDonald",
    "Smyth",
    "Schmidt",
    "Schmitt",
    "Jonson",
    "Thomson",
    "Peters",
    "Petersen",
    "Nielsen",
    "Nilsen",
    "García-López",
    "Van der Berg",
    "Dubois",
    "Lefèvre",
    "Kowalski",
    "Novak"
  };

  private static final String[] STREET_NAMES = {
    "Oak",
    "Maple",
    "Cedar",
    "Pine",
    "Elm",
    "Washington",
    "Lake",
    "Hill",
    "Park",
    "Main",
    "Church",
    "High",
    "Mill",
    "Station",
    "Victoria",
    "Green",
    "Manor",
    "Kings",
    "Queens",
    "Grange",
    "Meadow",
    "River",
    "Forest",
    "Spring",
    "Sunset",
    "Highland",
    "Jackson",
    "Lincoln",
    "Madison",
    "Franklin",
    "Chestnut",
    "Walnut",
    "Willow",
    "Birch",
    "Ash",
    "Sycamore",
    "Hawthorn",
    "Orchard",
    "Bridge"
  };

  private static final String[][] STREET_TYPES = {
    {"Street", "St", "St.", "Str"},
    {"Road", "Rd", "Rd."},
    {"Avenue", "Ave", "Ave.", "Av"},
    {"Lane", "Ln"},
    {"Drive", "Dr", "Dr."},
    {"Court", "Ct"},
    {"Place", "Pl"},
    {"Boulevard", "Blvd"}
  };

  private static final Map<String, String> NICKNAMES =
      Map.ofEntries(
          Map.entry("Robert", "Bob"),
          Map.entry("William", "Bill"),
          Map.entry("Elizabeth", "Liz"),
          Map.entry("James", "Jim"),
          Map.entry("Michael", "Mike"),
          Map.entry("Katherine", "Kate"),
          Map.entry("Thomas", "Tom"),
          Map.entry("David", "Dave"),
          Map.entry("Daniel", "Dan"),
          Map.entry("Christopher", "Chris"),
          Map.entry("Matthew", "Matt"),
          Map.entry("Anthony", "Tony"),
          Map.entry("Joseph", "Joe"),
          Map.entry("Nicholas", "Nick"),
          Map.entry("Jennifer", "Jenny"),
          Map.entry("Margaret", "Peggy"),
          Map.entry("Susan", "Sue"),
          Map.entry("Stephen", "Steve"),
          Map.entry("Richard", "Rick"),
          Map.entry("Benjamin", "Ben"),
          Map.entry("Andrew", "Andy"),
          Map.entry("Edward", "Ed"),
          Map.entry("Gregory", "Greg"),
          Map.entry("Timothy", "Tim"),
          Map.entry("Rebecca", "Becky"),
          Map.entry("Amanda", "Mandy"),
          Map.entry("Patricia", "Patty"));

  private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private final Random random;

  private SyntheticPeople(long seed) {
    this.random = new Random(seed);
  }

  /**
   * About {@code people} distinct people in households, and noisy duplicates for {@code
   * duplicateShare} of them; the records in arrival order (shuffled), each labelled with its
   * person.
   */
  static List<Labelled> generate(long seed, int people, double duplicateShare) {
    return new SyntheticPeople(seed).records(people, duplicateShare);
  }

  private List<Labelled> records(int people, double duplicateShare) {
    List<OfflinePerson> persons = new ArrayList<>(people);
    int postcodes = Math.max(1, people / 30);
    while (persons.size() < people) {
      persons.addAll(
          household(String.format(Locale.ROOT, "%05d", 10001 + random.nextInt(postcodes))));
    }
    List<Labelled> records = new ArrayList<>();
    for (int id = 0; id < persons.size(); id++) {
      OfflinePerson person = persons.get(id);
      records.add(new Labelled(id, firstEntry(person)));
      if (random.nextDouble() < duplicateShare) {
        int copies = 1 + random.nextInt(3);
        for (int c = 0; c < copies; c++) {
          records.add(new Labelled(id, noisy(person)));
        }
      }
    }
    java.util.Collections.shuffle(records, random);
    return records;
  }

  /** One to five people at one address: a shared last name, twins and a junior now and then. */
  private List<OfflinePerson> household(String postcode) {
    String last = lastName();
    String[] type = STREET_TYPES[random.nextInt(STREET_TYPES.length)];
    String street =
        (1 + random.nextInt(240))
            + " "
            + STREET_NAMES[random.nextInt(STREET_NAMES.length)]
            + " "
            + type[0];
    int size = 1 + random.nextInt(random.nextDouble() < 0.5 ? 1 : 5);
    List<OfflinePerson> members = new ArrayList<>(size);
    LocalDate parent =
        LocalDate.of(1940 + random.nextInt(45), 1 + random.nextInt(12), 1 + random.nextInt(28));
    for (int i = 0; i < size; i++) {
      String first = firstNameNotIn(members);
      LocalDate born =
          i < 2
              ? parent.plusDays(random.nextInt(3000) - 1500)
              : parent.plusYears(22 + random.nextInt(15)).plusDays(random.nextInt(300));
      if (i >= 2 && random.nextDouble() < 0.25) {
        OfflinePerson twin = members.get(members.size() - 1);
        born = twin.birthDate();
      }
      if (i >= 2 && random.nextDouble() < 0.05 && !born.equals(members.getFirst().birthDate())) {
        first = members.getFirst().firstName();
      }
      String memberLast = i == 1 && random.nextDouble() < 0.3 ? lastName() : last;
      members.add(new OfflinePerson(first, memberLast, street, postcode, born));
    }
    return members;
  }

  /** A first name nobody in the household has yet (a junior is added on purpose, rarely). */
  private String firstNameNotIn(List<OfflinePerson> members) {
    while (true) {
      String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
      if (members.stream().noneMatch(m -> first.equals(m.firstName()))) {
        return first;
      }
    }
  }

  private String lastName() {
    double u = random.nextDouble();
    return LAST_NAMES[(int) (u * u * LAST_NAMES.length)];
  }

  /** The record the person was first seen with: mostly complete. */
  private OfflinePerson firstEntry(OfflinePerson p) {
    return new OfflinePerson(
        p.firstName(),
        p.lastName(),
        random.nextDouble() < 0.1 ? null : p.street(),
        p.postcode(),
        random.nextDouble() < 0.15 ? null : p.birthDate());
  }

  /** The same person typed again, with the slips and shortcuts of real data entry. */
  private OfflinePerson noisy(OfflinePerson p) {
    String first = p.firstName();
    String last = p.lastName();
    String street = p.street();
    String postcode = p.postcode();
    LocalDate born = p.birthDate();
    if (random.nextDouble() < 0.12 && NICKNAMES.containsKey(first)) {
      first = NICKNAMES.get(first);
    }
    if (random.nextDouble() < 0.2) {
      first = typo(first);
    }
    if (random.nextDouble() < 0.2) {
      last = typo(last);
    }
    if (random.nextDouble() < 0.3) {
      first = stripAccents(first);
      last = stripAccents(last);
    }
    if (random.nextDouble() < 0.06) {
      String swap = first;
      first = last;
      last = swap;
    }
    if (random.nextDouble() < 0.05) {
      first = first == null ? null : first.substring(0, 1);
    }
    if (random.nextDouble() < 0.3) {
      street = null;
    } else if (street != null) {
      street = abbreviate(street);
      if (random.nextDouble() < 0.08) {
        street = typo(street);
      }
    }
    if (random.nextDouble() < 0.1) {
      postcode = null;
    } else if (random.nextDouble() < 0.04) {
      postcode = typo(postcode);
    }
    if (random.nextDouble() < 0.3) {
      born = null;
    } else if (born != null && random.nextDouble() < 0.03 && born.getDayOfMonth() <= 12) {
      born = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
    }
    if (postcode == null && born == null) {
      postcode = p.postcode();
    }
    return new OfflinePerson(
        spacingAndCase(first), spacingAndCase(last), spacingAndCase(street), postcode, born);
  }

  private String abbreviate(String street) {
    for (String[] type : STREET_TYPES) {
      if (street.endsWith(" " + type[0]) && random.nextDouble() < 0.6) {
        String base = street.substring(0, street.length() - type[0].length());
        return base + type[random.nextInt(type.length)];
      }
    }
    return street;
  }

  /** One keyboard slip: a neighbouring key, two swapped letters, a dropped or a doubled letter. */
  private @Nullable String typo(@Nullable String s) {
    if (s == null || s.length() < 3) {
      return s;
    }
    int i = 1 + random.nextInt(s.length() - 2);
    char c = s.charAt(i);
    return switch (random.nextInt(4)) {
      case 0 -> s.substring(0, i) + neighbour(c) + s.substring(i + 1);
      case 1 -> s.substring(0, i) + s.charAt(i + 1) + c + s.substring(i + 2);
      case 2 -> s.substring(0, i) + s.substring(i + 1);
      default -> s.substring(0, i) + c + s.substring(i);
    };
  }

  private char neighbour(char c) {
    char lower = Character.toLowerCase(c);
    for (String row : KEYBOARD) {
      int i = row.indexOf(lower);
      if (i >= 0) {
        int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : i + (random.nextBoolean() ? 1 : -1);
        return row.charAt(j);
      }
    }
    return c;
  }

  private @Nullable String stripAccents(@Nullable String s) {
    return s == null
        ? null
        : java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
  }

  private @Nullable String spacingAndCase(@Nullable String s) {
    if (s == null) {
      return null;
    }
    double u = random.nextDouble();
    if (u < 0.1) {
      return s.toUpperCase(Locale.ROOT);
    }
    if (u < 0.2) {
      return s.toLowerCase(Locale.ROOT);
    }
    if (u < 0.27) {
      return "  " + s.replace(" ", "  ") + " ";
    }
    return s;
  }
}
