package io.c360.recommendation.serving;

import io.c360.recommendation.policy.Policy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How recommendations are served ({@code c360.recommendation.*}).
 *
 * @param contexts per context ({@code home}, {@code product}, {@code cart}, {@code checkout},
 *     {@code email}): its strategy, whether already-bought items are left out, and its variants
 * @param repeatPurchaseCategories categories whose items may be recommended again after a purchase
 *     (consumables), even where a context leaves bought items out
 * @param excludedCategories categories never recommended
 * @param overFetch candidates asked of a backend per item shown, so the rules still leave enough
 * @param catalogBatch the most skus one catalog lookup may take
 * @param defaultBackend the backend that answers when another backend fails
 * @param similarBackend the backend of {@code GET /v1/items/{sku}/similar} (default: the default)
 * @param popularBackend the backend of popular items, alone and as the fallback that fills a list
 * @param rankingBackend the backend of {@code POST /v1/rankings}
 */
@Validated
@ConfigurationProperties("c360.recommendation")
public record RecommendationProperties(
    @NotEmpty Map<String, @Valid ContextSettings> contexts,
    Set<String> repeatPurchaseCategories,
    Set<String> excludedCategories,
    @Min(1) @Max(20) int overFetch,
    @Min(1) @Max(1000) int catalogBatch,
    @NotBlank String defaultBackend,
    @Nullable String similarBackend,
    @Nullable String popularBackend,
    @Nullable String rankingBackend) {

  public RecommendationProperties {
    contexts = contexts == null || contexts.isEmpty() ? defaults() : Map.copyOf(contexts);
    repeatPurchaseCategories =
        repeatPurchaseCategories == null ? Set.of() : Set.copyOf(repeatPurchaseCategories);
    excludedCategories = excludedCategories == null ? Set.of() : Set.copyOf(excludedCategories);
    overFetch = overFetch == 0 ? 3 : overFetch;
    catalogBatch = catalogBatch == 0 ? 100 : catalogBatch;
    defaultBackend =
        defaultBackend == null || defaultBackend.isBlank() ? "embedded" : defaultBackend;
    similarBackend = orDefault(similarBackend, defaultBackend);
    popularBackend = orDefault(popularBackend, defaultBackend);
    rankingBackend = orDefault(rankingBackend, defaultBackend);
  }

  /**
   * One context.
   *
   * @param strategy {@code personalized}, {@code similar}, {@code repurchase} or {@code popular}
   * @param excludePurchased whether items the customer bought are left out, when no policy is set
   * @param variants the A/B split: each variant's backend and share of profiles (weights need not
   *     add up to 100); one variant by default
   * @param policy how the list is made: {@code exclude-purchased}, {@code repeat-allowed}, {@code
   *     blend} (with {@code blendWeight}), {@code auto} (the latest evaluation's best for the
   *     context), or one of the evaluated baselines ({@code buy-again}, {@code top-frequency},
   *     {@code popularity}, {@code trending}, {@code similar-to-recent}, {@code personalize}); when
   *     absent, {@code excludePurchased} chooses between the first two
   * @param blendWeight for {@code blend}: the weight of the customer's frequent items against the
   *     model, 0 to 1 (default 0.5)
   */
  public record ContextSettings(
      @NotBlank String strategy,
      boolean excludePurchased,
      @Nullable List<@Valid Variant> variants,
      @Nullable String policy,
      @Nullable @DecimalMin("0") @DecimalMax("1") Double blendWeight) {

    public ContextSettings {
      variants =
          variants == null || variants.isEmpty()
              ? List.of(new Variant("default", "embedded", 100))
              : List.copyOf(variants);
      policy =
          policy == null || policy.isBlank()
              ? (excludePurchased ? Policy.EXCLUDE_PURCHASED : Policy.REPEAT_ALLOWED)
              : policy;
      configured(policy, blendWeight); // fails at startup on an unknown policy
    }

    /**
     * A context with one variant on the embedded backend (a factory, not a constructor: the
     * configuration binder needs the record's one constructor).
     */
    public static ContextSettings of(
        String strategy, boolean excludePurchased, @Nullable String policy) {
      return new ContextSettings(strategy, excludePurchased, null, policy, null);
    }

    /** The configured policy ({@code auto} included). */
    public Policy configuredPolicy() {
      return configured(policy, blendWeight);
    }

    private static Policy configured(@Nullable String policy, @Nullable Double blendWeight) {
      return new Policy(
          policy == null ? Policy.EXCLUDE_PURCHASED : policy,
          blendWeight == null ? 0.5 : blendWeight);
    }
  }

  /** One arm of an A/B split. */
  public record Variant(@NotBlank String name, @NotBlank String backend, @Min(1) int weight) {}

  private static String orDefault(@Nullable String backend, String fallback) {
    return backend == null || backend.isBlank() ? fallback : backend;
  }

  private static Map<String, ContextSettings> defaults() {
    Map<String, ContextSettings> contexts = new LinkedHashMap<>();
    contexts.put("home", ContextSettings.of("personalized", true, Policy.AUTO));
    contexts.put("product", ContextSettings.of("similar", false, null));
    contexts.put("cart", ContextSettings.of("repurchase", false, null));
    contexts.put("checkout", ContextSettings.of("repurchase", false, null));
    contexts.put("email", ContextSettings.of("personalized", true, Policy.AUTO));
    return contexts;
  }
}
