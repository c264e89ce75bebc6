package io.c360.recommendation.recommender.personalize;

import io.c360.platform.security.Sha256;
import io.c360.recommendation.interaction.Interaction;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import io.c360.recommendation.recommender.Recommender;
import io.c360.recommendation.recommender.personalize.PersonalizeSettings.Target;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.personalizeevents.PersonalizeEventsClient;
import software.amazon.awssdk.services.personalizeevents.model.Event;
import software.amazon.awssdk.services.personalizeevents.model.PutEventsRequest;
import software.amazon.awssdk.services.personalizeruntime.PersonalizeRuntimeClient;
import software.amazon.awssdk.services.personalizeruntime.model.GetPersonalizedRankingRequest;
import software.amazon.awssdk.services.personalizeruntime.model.GetRecommendationsRequest;
import software.amazon.awssdk.services.personalizeruntime.model.PredictedItem;
import software.amazon.awssdk.services.personalizeruntime.model.Promotion;

/**
 * Amazon Personalize as a {@link Recommender}: GetRecommendations per context,
 * GetPersonalizedRanking for {@code rank}, PutEvents to an event tracker for live interactions.
 * Every call is bounded by the configured timeout; a failed or late answer to a question is a
 * {@link PersonalizeUnavailableException} (the service falls back to the embedded recommender),
 * while a failed PutEvents is logged and counted, never thrown, so live learning cannot break
 * serving.
 *
 * <p>Scores: Personalize's own where every item has one; when any item comes back without a score
 * (some recommenders and promoted items do not score), every item of that answer gets a score from
 * its rank, {@code 1 - i/n}, so "best first" stays Personalize's order.
 */
public final class PersonalizeRecommender implements Recommender {

  /** Personalize's limits: numResults and inputList (500), events per PutEvents (10). */
  static final int MAX_RESULTS = 500;

  static final int MAX_RANKED = 500;
  static final int MAX_EVENTS_PER_REQUEST = 10;
  private static final int MAX_ID_LENGTH = 256;

  private static final Logger log = LoggerFactory.getLogger(PersonalizeRecommender.class);

  private final PersonalizeRuntimeClient runtime;
  private final PersonalizeEventsClient events;
  private final PersonalizeSettings settings;
  private final PersonalizeErasureLog erasures;
  private final AtomicLong sentEvents = new AtomicLong();
  private final AtomicLong failedEvents = new AtomicLong();

  public PersonalizeRecommender(
      PersonalizeRuntimeClient runtime,
      PersonalizeEventsClient events,
      PersonalizeSettings settings,
      PersonalizeErasureLog erasures) {
    this.runtime = runtime;
    this.events = events;
    this.settings = settings;
    this.erasures = erasures;
  }

  @Override
  public String name() {
    return "personalize";
  }

  /** Events Personalize accepted since start. */
  public long sentEvents() {
    return sentEvents.get();
  }

  /** Events lost because PutEvents failed (logged; Personalize learns them at the next import). */
  public long failedEvents() {
    return failedEvents.get();
  }

  /**
   * Asks the context's campaign or recommender. A context with no Personalize resource answers
   * empty, unless the query's strategy is {@code similar} or {@code popular} and that resource is
   * configured.
   */
  @Override
  public List<Candidate> recommend(RecommendationQuery query) {
    Target target = settings.contexts().get(query.context());
    if (target == null) {
      return switch (query.strategy()) {
        case RecommendationQuery.SIMILAR ->
            query.anchorItems().isEmpty()
                ? List.of()
                : similar(query.anchorItems().getFirst(), query.count());
        case RecommendationQuery.POPULAR -> popular(query.category(), query.count());
        default -> List.of();
      };
    }
    String itemId = null;
    if (target.itemBasedIn(query.context())) {
      itemId = firstOf(query.anchorItems(), query.recentItems());
      if (itemId == null) {
        return List.of();
      }
    } else if (query.profileId() == null) {
      return List.of();
    }
    return recommendations(
        "context " + query.context(),
        target,
        query.profileId(),
        itemId,
        query.category(),
        query.count(),
        query.attributes());
  }

  @Override
  public List<Candidate> similar(String sku, int count) {
    Target target = settings.similar();
    if (target == null) {
      return List.of();
    }
    return recommendations("similar", target, null, sku, null, count, Map.of());
  }

  @Override
  public List<Candidate> popular(@Nullable String category, int count) {
    Target target = settings.popular();
    if (target == null) {
      return List.of();
    }
    return recommendations("popular", target, null, null, category, count, Map.of());
  }

  private List<Candidate> recommendations(
      String what,
      Target target,
      @Nullable String userId,
      @Nullable String itemId,
      @Nullable String category,
      int count,
      Map<String, String> context) {
    if (count < 1) {
      return List.of();
    }
    var request =
        GetRecommendationsRequest.builder()
            .campaignArn(target.campaignArn())
            .recommenderArn(target.recommenderArn())
            .userId(userId)
            .itemId(itemId)
            .numResults(Math.min(count, MAX_RESULTS))
            .filterArn(target.filterArn())
            .overrideConfiguration(o -> o.apiCallTimeout(settings.timeout()));
    if (!context.isEmpty()) {
      request.context(context);
    }
    Map<String, String> filterValues = filterValues(target, category);
    if (!filterValues.isEmpty()) {
      request.filterValues(filterValues);
    }
    if (!target.promotions().isEmpty()) {
      request.promotions(
          target.promotions().stream().map(PersonalizeRecommender::promotion).toList());
    }
    try {
      return candidates(runtime.getRecommendations(request.build()).itemList());
    } catch (SdkException e) {
      throw new PersonalizeUnavailableException(
          "Personalize GetRecommendations failed for " + what + ": " + e.getMessage(), e);
    }
  }

  /**
   * Re-ranks with the Personalized-Ranking campaign. Without a profile or a ranking campaign the
   * skus come back unchanged (score 0). At most 500 skus are ranked; the rest, and any sku
   * Personalize leaves out, follow in their original order.
   */
  @Override
  public List<Candidate> rank(
      @Nullable String profileId, List<String> recentItems, List<String> skus) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(skus));
    String campaignArn = settings.rankingCampaignArn();
    if (profileId == null || campaignArn == null || distinct.isEmpty()) {
      return distinct.stream().map(sku -> new Candidate(sku, 0.0)).toList();
    }
    var request =
        GetPersonalizedRankingRequest.builder()
            .campaignArn(campaignArn)
            .userId(profileId)
            .inputList(distinct.subList(0, Math.min(distinct.size(), MAX_RANKED)))
            .overrideConfiguration(o -> o.apiCallTimeout(settings.timeout()))
            .build();
    List<Candidate> ranked;
    try {
      ranked = candidates(runtime.getPersonalizedRanking(request).personalizedRanking());
    } catch (SdkException e) {
      throw new PersonalizeUnavailableException(
          "Personalize GetPersonalizedRanking failed: " + e.getMessage(), e);
    }
    Set<String> asked = new LinkedHashSet<>(distinct);
    List<Candidate> result = new ArrayList<>(distinct.size());
    for (Candidate candidate : ranked) {
      if (asked.remove(candidate.sku())) {
        result.add(candidate);
      }
    }
    asked.forEach(sku -> result.add(new Candidate(sku, 0.0)));
    return List.copyOf(result);
  }

  /**
   * Sends the interactions to the event tracker, one PutEvents per profile and per 10 events. The
   * session id is the profile id: C360 resolves visitors to profiles before events reach this
   * service and keeps no web session id on an interaction. Nothing is sent without a tracking id.
   */
  @Override
  public void record(List<Interaction> interactions) {
    String trackingId = settings.trackingId();
    if (trackingId == null || interactions.isEmpty()) {
      return;
    }
    Map<String, List<Event>> byProfile = new LinkedHashMap<>();
    for (Interaction interaction : interactions) {
      if (interaction.profileId().length() > MAX_ID_LENGTH
          || interaction.sku().length() > MAX_ID_LENGTH) {
        failedEvents.incrementAndGet();
        continue;
      }
      byProfile
          .computeIfAbsent(interaction.profileId(), p -> new ArrayList<>())
          .add(event(interaction));
    }
    byProfile.forEach(
        (profileId, list) -> {
          for (int from = 0; from < list.size(); from += MAX_EVENTS_PER_REQUEST) {
            List<Event> batch =
                list.subList(from, Math.min(list.size(), from + MAX_EVENTS_PER_REQUEST));
            putEvents(trackingId, profileId, batch);
          }
        });
  }

  private void putEvents(String trackingId, String profileId, List<Event> batch) {
    var request =
        PutEventsRequest.builder()
            .trackingId(trackingId)
            .userId(profileId)
            .sessionId(profileId)
            .eventList(batch)
            .overrideConfiguration(o -> o.apiCallTimeout(settings.timeout()))
            .build();
    try {
      events.putEvents(request);
      sentEvents.addAndGet(batch.size());
    } catch (SdkException e) {
      failedEvents.addAndGet(batch.size());
      log.warn("Personalize PutEvents failed; {} events not sent: {}", batch.size(), e.toString());
    }
  }

  /**
   * Records the erasure so the next {@link PersonalizeExport} leaves the profile out. Personalize
   * keeps what it already holds until the datasets are re-imported from that export.
   *
   * @throws UncheckedIOException when the erasure log cannot be written (the caller retries)
   */
  @Override
  public void forget(String profileId) {
    try {
      erasures.record(profileId);
    } catch (IOException e) {
      throw new UncheckedIOException("could not record the erasure for Personalize", e);
    }
  }

  /**
   * The event id Personalize dedupes on: the source message id and the sku, since one message (an
   * order) can carry several items; hashed when it would exceed Personalize's 256 characters.
   */
  static String eventId(Interaction interaction) {
    String id = interaction.messageId() + "#" + interaction.sku();
    return id.length() <= MAX_ID_LENGTH ? id : Sha256.hex(id);
  }

  private static Event event(Interaction interaction) {
    return Event.builder()
        .eventId(eventId(interaction))
        .eventType(PersonalizeEventTypes.of(interaction.kind()))
        .itemId(interaction.sku())
        .sentAt(interaction.at())
        .build();
  }

  private static Map<String, String> filterValues(Target target, @Nullable String category) {
    String parameter = target.categoryParameter();
    if (parameter == null || category == null) {
      return target.filterValues();
    }
    Map<String, String> values = new HashMap<>(target.filterValues());
    values.put(parameter, "\"" + category.replace("\"", "") + "\"");
    return values;
  }

  private static Promotion promotion(PersonalizeSettings.Promotion promotion) {
    var builder =
        Promotion.builder()
            .name(promotion.name())
            .percentPromotedItems(promotion.percentPromotedItems())
            .filterArn(promotion.filterArn());
    if (!promotion.filterValues().isEmpty()) {
      builder.filterValues(promotion.filterValues());
    }
    return builder.build();
  }

  private static List<Candidate> candidates(List<PredictedItem> items) {
    boolean allScored = items.stream().allMatch(item -> item.score() != null);
    List<Candidate> candidates = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      PredictedItem item = items.get(i);
      Double score = item.score();
      double value = allScored && score != null ? score : 1.0 - (double) i / items.size();
      candidates.add(new Candidate(item.itemId(), value));
    }
    return List.copyOf(candidates);
  }

  private static @Nullable String firstOf(List<String> anchors, List<String> recent) {
    if (!anchors.isEmpty()) {
      return anchors.getFirst();
    }
    return recent.isEmpty() ? null : recent.getFirst();
  }
}
