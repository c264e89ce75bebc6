package io.c360.recommendation.serving;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An answer: the items, and the id to send feedback with.
 *
 * @param profileId the profile the caller was recognised as, or null for an unknown visitor
 * @param fallback true when the strategy found too little and popular items filled the list
 * @param policy which policy chose the items (absent from answers of older versions)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Recommendations(
    String recommendationId,
    String context,
    @Nullable String profileId,
    String variant,
    boolean fallback,
    List<RecommendedItem> items,
    @Nullable AppliedPolicy policy) {

  public Recommendations {
    items = List.copyOf(items);
  }
}
