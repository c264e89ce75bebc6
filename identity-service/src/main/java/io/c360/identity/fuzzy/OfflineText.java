package io.c360.identity.fuzzy;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Normalization of offline text before comparison: lower case, no accents, no punctuation, single
 * spaces; street abbreviations expanded; common nicknames replaced by the name they stand for.
 */
public final class OfflineText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`´.]");

  private static final Map<String, String> STREET_WORDS =
      Map.ofEntries(
          Map.entry("st", "street"),
          Map.entry("str", "street"),
          Map.entry("rd", "road"),
          Map.entry("ave", "avenue"),
          Map.entry("av", "avenue"),
          Map.entry("ln", "lane"),
          Map.entry("dr", "drive"),
          Map.entry("ct", "court"),
          Map.entry("pl", "place"),
          Map.entry("sq", "square"),
          Map.entry("blvd", "boulevard"),
          Map.entry("hwy", "highway"),
          Map.entry("pkwy", "parkway"),
          Map.entry("ter", "terrace"),
          Map.entry("terr", "terrace"),
          Map.entry("cres", "crescent"),
          Map.entry("cl", "close"),
          Map.entry("apt", "apartment"),
          Map.entry("ste", "suite"),
          Map.entry("fl", "floor"),
          Map.entry("n", "north"),
          Map.entry("s", "south"),
          Map.entry("e", "east"),
          Map.entry("w", "west"));

  private static final Map<String, String> NICKNAMES =
      Map.ofEntries(
          Map.entry("bob", "robert"),
          Map.entry("bobby", "robert"),
          Map.entry("rob", "robert"),
          Map.entry("robbie", "robert"),
          Map.entry("bill", "william"),
          Map.entry("billy", "william"),
          Map.entry("will", "william"),
          Map.entry("liz", "elizabeth"),
          Map.entry("lizzie", "elizabeth"),
          Map.entry("beth", "elizabeth"),
          Map.entry("betty", "elizabeth"),
          Map.entry("jim", "james"),
          Map.entry("jimmy", "james"),
          Map.entry("mike", "michael"),
          Map.entry("mick", "michael"),
          Map.entry("kate", "katherine"),
          Map.entry("katie", "katherine"),
          Map.entry("kathy", "katherine"),
          Map.entry("catherine", "katherine"),
          Map.entry("tom", "thomas"),
          Map.entry("tommy", "thomas"),
          Map.entry("dave", "david"),
          Map.entry("dan", "daniel"),
          Map.entry("danny", "daniel"),
          Map.entry("chris", "christopher"),
          Map.entry("matt", "matthew"),
          Map.entry("tony", "anthony"),
          Map.entry("joe", "joseph"),
          Map.entry("joey", "joseph"),
          Map.entry("nick", "nicholas"),
          Map.entry("jen", "jennifer"),
          Map.entry("jenny", "jennifer"),
          Map.entry("peggy", "margaret"),
          Map.entry("maggie", "margaret"),
          Map.entry("meg", "margaret"),
          Map.entry("sue", "susan"),
          Map.entry("susie", "susan"),
          Map.entry("steve", "stephen"),
          Map.entry("steven", "stephen"),
          Map.entry("rick", "richard"),
          Map.entry("rich", "richard"),
          Map.entry("dick", "richard"),
          Map.entry("ben", "benjamin"),
          Map.entry("andy", "andrew"),
          Map.entry("drew", "andrew"),
          Map.entry("ed", "edward"),
          Map.entry("eddie", "edward"),
          Map.entry("ted", "edward"),
          Map.entry("greg", "gregory"),
          Map.entry("jon", "jonathan"),
          Map.entry("larry", "lawrence"),
          Map.entry("pete", "peter"),
          Map.entry("ron", "ronald"),
          Map.entry("tim", "timothy"),
          Map.entry("vicky", "victoria"),
          Map.entry("abby", "abigail"),
          Map.entry("debbie", "deborah"),
          Map.entry("becky", "rebecca"),
          Map.entry("mandy", "amanda"),
          Map.entry("patty", "patricia"),
          Map.entry("trish", "patricia"));

  private OfflineText() {}

  /**
   * Lower case ASCII letters and digits separated by single spaces; null when nothing is left.
   * Plain ASCII input (most records) is folded in one pass; other text is decomposed first so
   * accents can be dropped, then folded the same way.
   */
  public static @Nullable String plain(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String ascii = plainAscii(s);
    return ascii != null ? (ascii.isEmpty() ? null : ascii) : plainUnicode(s);
  }

  /**
   * {@code s} folded in one pass when it is all ASCII: letters lower-cased, digits kept,
   * apostrophes and full stops dropped, any other run of characters one space, none at either end;
   * null when {@code s} has a character beyond ASCII.
   */
  private static @Nullable String plainAscii(String s) {
    StringBuilder out = null;
    boolean space = false;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (out == null) {
          out = new StringBuilder(n);
        } else if (space) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      } else if (c != '\'' && c != '`' && c != '.') {
        space = true;
      }
    }
    return out == null ? "" : out.toString();
  }

  private static @Nullable String plainUnicode(String s) {
    String folded =
        MARKS
            .matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
            .replaceAll("")
            .toLowerCase(Locale.ROOT);
    folded = folded.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l");
    String cleaned = NOT_ALNUM.matcher(APOSTROPHES.matcher(folded).replaceAll("")).replaceAll(" ");
    String trimmed = cleaned.strip();
    return trimmed.isEmpty() ? null : trimmed;
  }

  /** A name, plain ({@code O'Brien} and {@code obrien} are equal; hyphens become spaces). */
  public static @Nullable String name(@Nullable String s) {
    return plain(s);
  }

  /** A first name, plain, with a common nickname replaced by its full form ({@code bob}). */
  public static @Nullable String firstName(@Nullable String s) {
    String plain = plain(s);
    return plain == null ? null : NICKNAMES.getOrDefault(plain, plain);
  }

  /** A street, plain, with abbreviations expanded ({@code 12 Oak St.} to {@code 12 oak street}). */
  public static @Nullable String street(@Nullable String s) {
    String plain = plain(s);
    if (plain == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(plain.length() + 8);
    for (String word : plain.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(STREET_WORDS.getOrDefault(word, word));
    }
    return out.toString();
  }

  /**
   * A postcode: upper case letters and digits only ({@code sw1a 1aa} to {@code SW1A1AA}); a US
   * ZIP+4 keeps its five-digit ZIP.
   */
  public static @Nullable String postcode(@Nullable String s) {
    String plain = plain(s);
    if (plain == null) {
      return null;
    }
    String compact = plain.replace(" ", "").toUpperCase(Locale.ROOT);
    if (compact.length() == 9 && compact.chars().allMatch(Character::isDigit)) {
      return compact.substring(0, 5);
    }
    return compact;
  }
}
