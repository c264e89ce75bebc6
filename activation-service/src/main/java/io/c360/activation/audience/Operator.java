package io.c360.activation.audience;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The comparisons a rule may make; each has a word and, where there is one, a symbol. */
public enum Operator {
  EQ("eq", "="),
  NEQ("neq", "!="),
  GT("gt", ">"),
  GTE("gte", ">="),
  LT("lt", "<"),
  LTE("lte", "<="),
  IN("in", null),
  CONTAINS("contains", null),
  EXISTS("exists", null);

  private final String word;
  private final @Nullable String symbol;

  Operator(String word, @Nullable String symbol) {
    this.word = word;
    this.symbol = symbol;
  }

  public String word() {
    return word;
  }

  public static Optional<Operator> parse(String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    for (Operator op : values()) {
      if (op.word.equals(t) || t.equals(op.symbol) || (op == EQ && t.equals("=="))) {
        return Optional.of(op);
      }
    }
    return Optional.empty();
  }

  boolean isOrdering() {
    return this == GT || this == GTE || this == LT || this == LTE;
  }

  /** {@code actual} is the profile's value (null when it has none); {@code expected} the rule's. */
  boolean test(@Nullable Object actual, Object expected) {
    if (this == EXISTS) {
      return (actual != null) == Boolean.TRUE.equals(expected);
    }
    if (actual == null) {
      return false;
    }
    if (isOrdering()) {
      Double number = number(actual);
      if (number == null) {
        return false;
      }
      int c = Double.compare(number, ((Number) expected).doubleValue());
      return switch (this) {
        case GT -> c > 0;
        case GTE -> c >= 0;
        case LT -> c < 0;
        default -> c <= 0;
      };
    }
    return switch (this) {
      case EQ -> same(actual, expected);
      case NEQ -> !same(actual, expected);
      case IN -> ((List<?>) expected).stream().anyMatch(e -> same(actual, e));
      case CONTAINS ->
          actual instanceof Collection<?> c && c.stream().anyMatch(e -> same(e, expected));
      default -> throw new IllegalStateException("unhandled operator " + this);
    };
  }

  private static @Nullable Double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    if (value instanceof String s) {
      try {
        return Double.parseDouble(s.trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static boolean same(Object actual, Object expected) {
    if (actual instanceof Number a && expected instanceof Number e) {
      return Double.compare(a.doubleValue(), e.doubleValue()) == 0;
    }
    if (actual instanceof String a && expected instanceof String e) {
      return a.equalsIgnoreCase(e);
    }
    return actual.equals(expected);
  }
}
