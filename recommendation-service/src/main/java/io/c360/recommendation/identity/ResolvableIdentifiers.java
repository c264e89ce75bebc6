package io.c360.recommendation.identity;

import io.c360.common.identifier.IdentifierType;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The identifier types the recommendation API resolves callers by ({@code userId}, {@code
 * anonymousId}): the only ones the identity projection keeps, so it holds no email or phone.
 */
public final class ResolvableIdentifiers {

  /** The types apps send on {@code GET /v1/recommendations} and {@code POST /v1/rankings}. */
  public static final Set<IdentifierType> TYPES =
      Set.of(IdentifierType.USER_ID, IdentifierType.ANONYMOUS_ID);

  private static final List<String> PREFIXES = TYPES.stream().map(t -> t.wireName() + "#").toList();

  private ResolvableIdentifiers() {}

  /** Whether an identifier key ({@code type#value}) is of a type the API resolves. */
  public static boolean isResolvable(String identifierKey) {
    for (String prefix : PREFIXES) {
      if (identifierKey.startsWith(prefix) && identifierKey.length() > prefix.length()) {
        return true;
      }
    }
    return false;
  }

  /** The keys of these that the API resolves, in their order, without duplicates. */
  public static List<String> only(Collection<String> identifierKeys) {
    return identifierKeys.stream().filter(ResolvableIdentifiers::isResolvable).distinct().toList();
  }
}
