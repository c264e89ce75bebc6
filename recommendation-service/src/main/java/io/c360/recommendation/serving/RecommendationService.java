package io.c360.recommendation.serving;

import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierType;
import io.c360.platform.problem.ApiProblem;
import io.c360.recommendation.catalog.Catalog;
import io.c360.recommendation.catalog.CatalogItem;
import io.c360.recommendation.identity.ProfileResolver;
import io.c360.recommendation.interaction.CustomerActivity;
import io.c360.recommendation.interaction.PurchasedItem;
import io.c360.recommendation.policy.Policy;
import io.c360.recommendation.policy.PolicyChoices;
import io.c360.recommendation.policy.PolicyRanker;
import io.c360.recommendation.policy.Shopper;
import io.c360.recommendation.recommender.Candidate;
import io.c360.recommendation.recommender.RecommendationQuery;
import io.c360.recommendation.recommender.Recommender;
import io.c360.recommendation.serving.RecommendationProperties.ContextSettings;
import io.c360.recommendation.serving.RecommendationProperties.Variant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * Serves recommendations: recognises the caller through the identity graph, picks the context's
 * strategy, A/B variant and policy (a configured one, or {@code auto}: the latest evaluation's
 * best), asks the policy's ranker (the variant's backend for the model) for more candidates than it
 * will show, applies the business rules (in stock, complete in the catalog, not already bought
 * where the context says so unless the category is bought again, category include/exclude, never
 * the anchors), resolves the items in catalog batches, and fills up with popular items when too few
 * remain.
 */
public class RecommendationService {

  private static final Logger log = LoggerFactory.getLogger(RecommendationService.class);
  private static final int RECENT_ITEMS = 20;

  private final RecommendationProperties properties;
  private final Map<String, Recommender> backends;
  private final Recommender fallback;
  private final Catalog catalog;
  private final ProfileResolver profiles;
  private final CustomerActivity activity;
  private final Experiments experiments;
  private final ContextPolicies policies;
  private final PolicyRanker ranker;

  public RecommendationService(
      RecommendationProperties properties,
      Map<String, Recommender> backends,
      Catalog catalog,
      ProfileResolver profiles,
      CustomerActivity activity,
      Experiments experiments,
      PolicyChoices choices) {
    this.properties = properties;
    this.backends = Map.copyOf(backends);
    this.fallback = BackendCheck.check(properties, this.backends);
    this.catalog = catalog;
    this.profiles = profiles;
    this.activity = activity;
    this.experiments = experiments;
    this.policies = new ContextPolicies(choices);
    this.ranker = new PolicyRanker(fallback);
  }

  /** A request from an app. */
  public record Request(
      @Nullable String userId,
      @Nullable String anonymousId,
      String context,
      @Nullable String itemId,
      int numResults,
      @Nullable String category,
      Map<String, String> attributes) {}

  public Recommendations recommend(Request request) {
    ContextSettings settings = properties.contexts().get(request.context());
    if (settings == null) {
      throw ApiProblem.badRequest(
          "context '"
              + request.context()
              + "' is not one of "
              + properties.contexts().keySet().stream().sorted().toList());
    }
    checkCount(request.numResults());
    if (settings.strategy().equals(RecommendationQuery.SIMILAR) && blank(request.itemId())) {
      throw ApiProblem.badRequest(
          "context '" + request.context() + "' recommends around an item: give itemId");
    }
    String profileId = profileOf(request.userId(), request.anonymousId()).orElse(null);
    List<String> recent =
        profileId == null ? List.of() : activity.recentItems(profileId, RECENT_ITEMS);
    List<String> anchors = new ArrayList<>();
    if (!blank(request.itemId())) {
      anchors.add(request.itemId());
    } else if (profileId != null && settings.strategy().equals(RecommendationQuery.REPURCHASE)) {
      anchors.addAll(activity.cart(profileId));
    }
    String visitor =
        profileId != null ? profileId : firstNonBlank(request.anonymousId(), request.userId());
    Variant variant = Variants.variant(settings.variants(), request.context(), visitor);
    Shopper shopper = shopper(profileId, recent);
    AppliedPolicy applied = policies.choose(request.context(), settings, shopper);
    Policy policy = new Policy(applied.name(), applied.weight() == null ? 0 : applied.weight());
    Recommender backend =
        policy.is(Policy.PERSONALIZE)
            ? backends.getOrDefault(Policy.PERSONALIZE, backends.get(variant.backend()))
            : backends.get(variant.backend());
    Set<String> purchased =
        policy.excludesPurchased() && profileId != null ? activity.purchased(profileId) : Set.of();
    Rules rules = new Rules(request.category(), purchased, Set.copyOf(anchors));

    PolicyRanker.Ask ask =
        new PolicyRanker.Ask(
            request.context(),
            settings.strategy(),
            shopper,
            anchors,
            request.category(),
            Math.max(20, request.numResults() * properties.overFetch()) + purchased.size(),
            request.attributes());
    List<RecommendedItem> items = new ArrayList<>();
    Ranked ranked = rank(policy, backend, ask, request.context());
    String recommender = ranked.recommender();
    add(items, ranked.candidates(), rules, request.numResults(), recommender, variant.name());
    boolean filled = items.size() < request.numResults();
    if (filled) {
      fillWithPopular(items, rules, anchors, request, ask.count(), variant.name());
    }
    String id = UUID.randomUUID().toString();
    experiments.exposed(id, request.context(), variant.name(), recommender);
    return new Recommendations(
        id, request.context(), profileId, variant.name(), filled, items, applied);
  }

  /** Candidates and the backend that proposed them. */
  private record Ranked(String recommender, List<Candidate> candidates) {}

  /** The policy's candidates from the backend, or from the default backend when it fails. */
  private Ranked rank(Policy policy, Recommender backend, PolicyRanker.Ask ask, String context) {
    try {
      return new Ranked(backend.name(), ranker.rank(policy, backend, ask));
    } catch (RuntimeException e) {
      log.warn(
          "backend {} failed for context {}; answering with {}",
          backend.name(),
          context,
          fallback.name(),
          e);
      return new Ranked(fallback.name(), ranker.rank(policy, fallback, ask));
    }
  }

  /**
   * Fills a short list with popular items of the requested category (or the anchors'), then with
   * popular items overall.
   */
  private void fillWithPopular(
      List<RecommendedItem> items,
      Rules rules,
      List<String> anchors,
      Request request,
      int count,
      String variant) {
    Set<String> taken = new LinkedHashSet<>();
    items.forEach(i -> taken.add(i.sku()));
    String category = request.category() != null ? request.category() : anchorCategory(anchors);
    String popular = fallback.name() + "/popular";
    add(
        items,
        popularCandidates(category, count),
        rules.without(taken),
        request.numResults(),
        popular,
        variant);
    if (items.size() < request.numResults() && category != null && request.category() == null) {
      items.forEach(i -> taken.add(i.sku()));
      add(
          items,
          popularCandidates(null, count),
          rules.without(taken),
          request.numResults(),
          popular,
          variant);
    }
  }

  private Shopper shopper(@Nullable String profileId, List<String> recent) {
    if (profileId == null) {
      return Shopper.unknown();
    }
    List<Candidate> frequent = new ArrayList<>();
    for (PurchasedItem item : activity.purchaseCounts(profileId)) {
      frequent.add(new Candidate(item.sku(), item.orders()));
    }
    return new Shopper(profileId, recent, frequent, activity.orders(profileId));
  }

  /** Items like {@code sku}; popular items (of its category when known) when it has none. */
  public List<RecommendedItem> similar(String sku, int numResults) {
    checkCount(numResults);
    Rules rules = new Rules(null, Set.of(), Set.of(sku));
    List<RecommendedItem> items = new ArrayList<>();
    add(
        items,
        withFallback(
            properties.similarBackend(),
            r -> r.similar(sku, Math.max(20, numResults * properties.overFetch()))),
        rules,
        numResults,
        fallback.name(),
        "default");
    if (items.size() < numResults) {
      Set<String> taken = new LinkedHashSet<>(items.stream().map(RecommendedItem::sku).toList());
      String category = catalog.item(sku).map(CatalogItem::category).orElse(null);
      add(
          items,
          popularCandidates(category, numResults * properties.overFetch()),
          rules.without(taken),
          numResults,
          fallback.name() + "/popular",
          "default");
    }
    return items;
  }

  public List<RecommendedItem> popular(@Nullable String category, int numResults) {
    checkCount(numResults);
    List<RecommendedItem> items = new ArrayList<>();
    add(
        items,
        popularCandidates(category, Math.max(20, numResults * properties.overFetch())),
        new Rules(category, Set.of(), Set.of()),
        numResults,
        fallback.name() + "/popular",
        "default");
    return items;
  }

  /** Re-orders a candidate list for the caller; out-of-stock or unknown skus are left out. */
  public List<RecommendedItem> rank(
      @Nullable String userId, @Nullable String anonymousId, List<String> skus) {
    if (skus.isEmpty() || skus.size() > 500) {
      throw ApiProblem.badRequest("skus must hold 1 to 500 items, not " + skus.size());
    }
    String profileId = profileOf(userId, anonymousId).orElse(null);
    List<String> recent =
        profileId == null ? List.of() : activity.recentItems(profileId, RECENT_ITEMS);
    List<Candidate> ranked =
        withFallback(
            properties.rankingBackend(),
            r -> r.rank(profileId, recent, List.copyOf(new LinkedHashSet<>(skus))));
    List<RecommendedItem> items = new ArrayList<>();
    add(
        items,
        ranked,
        new Rules(null, Set.of(), Set.of()),
        skus.size(),
        fallback.name(),
        "default");
    return items;
  }

  private List<Candidate> popularCandidates(@Nullable String category, int count) {
    return withFallback(properties.popularBackend(), r -> r.popular(category, count));
  }

  /**
   * Asks the named backend, and the default backend when it fails: a slow or broken remote backend
   * never turns into an error for the app.
   */
  private List<Candidate> withFallback(
      String backend, Function<Recommender, List<Candidate>> call) {
    Recommender chosen = backends.getOrDefault(backend, fallback);
    if (chosen == fallback) {
      return call.apply(fallback);
    }
    try {
      return call.apply(chosen);
    } catch (RuntimeException e) {
      log.warn("backend {} failed; answering with {}", chosen.name(), fallback.name(), e);
      return call.apply(fallback);
    }
  }

  /** The caller's profile, following merges the service has heard of since it was looked up. */
  private Optional<String> profileOf(@Nullable String userId, @Nullable String anonymousId) {
    return lookUp(userId, anonymousId).map(activity::survivorOf);
  }

  private Optional<String> lookUp(@Nullable String userId, @Nullable String anonymousId) {
    if (!blank(userId)) {
      Optional<String> byUser =
          profiles.profileOf(new Identifier(IdentifierType.USER_ID, userId.trim()));
      if (byUser.isPresent() || blank(anonymousId)) {
        return byUser;
      }
    }
    if (!blank(anonymousId)) {
      return profiles.profileOf(new Identifier(IdentifierType.ANONYMOUS_ID, anonymousId.trim()));
    }
    return Optional.empty();
  }

  /**
   * Adds candidates that pass the rules, resolving them from the catalog in batches of at most the
   * catalog's limit, until {@code wanted} items are there.
   */
  private void add(
      List<RecommendedItem> items,
      List<Candidate> candidates,
      Rules rules,
      int wanted,
      String recommender,
      String variant) {
    int batch = catalog.maxBatch();
    for (int from = 0; from < candidates.size() && items.size() < wanted; from += batch) {
      List<Candidate> slice = candidates.subList(from, Math.min(candidates.size(), from + batch));
      List<String> skus = new ArrayList<>(slice.size());
      for (Candidate c : slice) {
        if (!rules.anchors().contains(c.sku()) && !rules.taken().contains(c.sku())) {
          skus.add(c.sku());
        }
      }
      Map<String, CatalogItem> found = catalog.lookup(skus);
      for (Candidate candidate : slice) {
        if (items.size() >= wanted) {
          break;
        }
        CatalogItem item = found.get(candidate.sku());
        if (item != null && rules.allows(item, properties) && !holds(items, item.sku())) {
          items.add(
              new RecommendedItem(
                  item.sku(),
                  item.name(),
                  item.price(),
                  item.currency(),
                  item.imageUrl(),
                  item.category(),
                  item.stock(),
                  candidate.score(),
                  recommender,
                  variant));
        }
      }
    }
  }

  private static boolean holds(List<RecommendedItem> items, String sku) {
    for (RecommendedItem item : items) {
      if (item.sku().equals(sku)) {
        return true;
      }
    }
    return false;
  }

  private @Nullable String anchorCategory(List<String> anchors) {
    for (String anchor : anchors) {
      Optional<String> category = catalog.item(anchor).map(CatalogItem::category);
      if (category.isPresent()) {
        return category.get();
      }
    }
    return null;
  }

  private static void checkCount(int numResults) {
    if (numResults < 1 || numResults > 100) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST, "numResults must be between 1 and 100, not " + numResults);
    }
  }

  private static boolean blank(@Nullable String value) {
    return value == null || value.isBlank();
  }

  private static @Nullable String firstNonBlank(@Nullable String a, @Nullable String b) {
    return !blank(a) ? a : !blank(b) ? b : null;
  }
}
