package io.c360.identity.review;

import io.c360.identity.resolution.ProfileId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Where suggestions and rejected pairs are kept. */
public interface SuggestionStore {

  /** Stores a new suggestion; false when one with its id exists already. */
  boolean addIfAbsent(LinkSuggestion suggestion);

  Optional<LinkSuggestion> find(String id);

  /** Replaces a suggestion that is still pending; false when it was decided meanwhile. */
  boolean decide(LinkSuggestion decided);

  /** Remembers that a steward rejected linking the two profiles. */
  void rememberRejected(ProfileId a, ProfileId b);

  boolean isRejected(ProfileId a, ProfileId b);

  /** Pending suggestions, newest first, {@code limit} from after the cursor {@code after}. */
  Page pending(int limit, @Nullable String after);

  /** Deletes suggestions and rejections naming any of the profiles. */
  void deleteInvolving(Collection<ProfileId> profileIds);

  /** A page of suggestions and the cursor of the next one (null on the last page). */
  record Page(List<LinkSuggestion> suggestions, @Nullable String next) {
    public Page {
      suggestions = List.copyOf(suggestions);
    }
  }
}
