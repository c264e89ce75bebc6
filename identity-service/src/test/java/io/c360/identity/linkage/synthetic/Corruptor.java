package io.c360.identity.linkage.synthetic;

import java.util.List;
import java.util.Random;

/**
 * The errors people and machines make in a value, after FEBRL's corruptors: keyboard typos (insert,
 * delete, neighbouring key, transposition), OCR confusions and phonetic respellings.
 */
final class Corruptor {

  private static final String[] ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};

  private static final List<String[]> OCR =
      List.of(
          new String[] {"0", "o"},
          new String[] {"1", "l"},
          new String[] {"1", "i"},
          new String[] {"5", "s"},
          new String[] {"8", "b"},
          new String[] {"2", "z"},
          new String[] {"6", "g"},
          new String[] {"m", "rn"},
          new String[] {"d", "cl"},
          new String[] {"w", "vv"},
          new String[] {"h", "b"},
          new String[] {"e", "c"});

  private static final List<String[]> PHONETIC =
      List.of(
          new String[] {"ph", "f"},
          new String[] {"f", "ph"},
          new String[] {"ck", "k"},
          new String[] {"c", "k"},
          new String[] {"ee", "ea"},
          new String[] {"ie", "y"},
          new String[] {"y", "ie"},
          new String[] {"sch", "sh"},
          new String[] {"z", "s"},
          new String[] {"s", "z"},
          new String[] {"ou", "ow"},
          new String[] {"th", "t"},
          new String[] {"mb", "m"},
          new String[] {"gh", "g"},
          new String[] {"ll", "l"},
          new String[] {"nn", "n"},
          new String[] {"ei", "ie"},
          new String[] {"er", "a"},
          new String[] {"son", "sen"},
          new String[] {"man", "mann"});

  private final Random random;

  Corruptor(Random random) {
    this.random = random;
  }

  /** One keyboard slip: a neighbouring key, an extra or a dropped character, or two swapped. */
  String typo(String value) {
    if (value.isEmpty()) {
      return value;
    }
    int at = random.nextInt(value.length());
    return switch (random.nextInt(4)) {
      case 0 -> value.substring(0, at) + neighbour(value.charAt(at)) + value.substring(at + 1);
      case 1 -> value.substring(0, at) + neighbour(value.charAt(at)) + value.substring(at);
      case 2 -> value.length() > 2 ? value.substring(0, at) + value.substring(at + 1) : value;
      default -> {
        if (value.length() < 2) {
          yield value;
        }
        int i = Math.min(at, value.length() - 2);
        yield value.substring(0, i)
            + value.charAt(i + 1)
            + value.charAt(i)
            + value.substring(i + 2);
      }
    };
  }

  /** One OCR confusion that applies to the value, or a typo if none does. */
  String ocr(String value) {
    return replaceOne(value, OCR);
  }

  /** One phonetic respelling that applies to the value, or a typo if none does. */
  String phonetic(String value) {
    return replaceOne(value, PHONETIC);
  }

  private String replaceOne(String value, List<String[]> rules) {
    int start = random.nextInt(rules.size());
    for (int k = 0; k < rules.size(); k++) {
      String[] rule = rules.get((start + k) % rules.size());
      boolean forward = random.nextBoolean();
      String from = forward ? rule[0] : rule[1];
      String to = forward ? rule[1] : rule[0];
      int at = value.indexOf(from);
      if (at >= 0) {
        return value.substring(0, at) + to + value.substring(at + from.length());
      }
    }
    return typo(value);
  }

  private char neighbour(char c) {
    char lower = Character.toLowerCase(c);
    for (int r = 0; r < ROWS.length; r++) {
      int i = ROWS[r].indexOf(lower);
      if (i >= 0) {
        int j = Math.clamp(i + (random.nextBoolean() ? 1 : -1), 0, ROWS[r].length() - 1);
        return ROWS[r].charAt(j == i ? (i == 0 ? 1 : i - 1) : j);
      }
    }
    return 'e';
  }
}
