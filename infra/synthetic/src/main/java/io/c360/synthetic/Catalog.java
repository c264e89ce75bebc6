package io.c360.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the product catalog: a few categories, consumables that are bought again, and stock. */
final class Catalog {

  /** Where stock is kept; store ids double as the {@code store_id} of point-of-sale orders. */
  static final String[] LOCATIONS = {"web-dc", "store-001", "store-002", "store-003"};

  static final String[] STORES = {"store-001", "store-002", "store-003"};

  record Category(
      String name, String code, boolean repeat, double minPrice, double maxPrice, String[] nouns) {}

  static final List<Category> CATEGORIES =
      List.of(
          new Category(
              "Coffee",
              "COF",
              true,
              6,
              24,
              new String[] {"Espresso Beans", "Filter Roast", "Cold Brew", "Decaf Blend"}),
          new Category(
              "Tea",
              "TEA",
              true,
              4,
              18,
              new String[] {"Green Tea", "Earl Grey", "Chai", "Rooibos"}),
          new Category(
              "Snacks",
              "SNK",
              true,
              2,
              9,
              new String[] {"Granola Bars", "Trail Mix", "Dark Chocolate", "Crackers"}),
          new Category(
              "Pet Food",
              "PET",
              true,
              8,
              60,
              new String[] {"Dry Dog Food", "Cat Kibble", "Dog Treats", "Wet Cat Food"}),
          new Category(
              "Personal Care",
              "PCR",
              true,
              3,
              30,
              new String[] {"Shampoo", "Body Wash", "Toothpaste", "Face Cream"}),
          new Category(
              "Household",
              "HSH",
              true,
              3,
              25,
              new String[] {"Dish Soap", "Laundry Pods", "Paper Towels", "Sponges"}),
          new Category(
              "Apparel",
              "APP",
              false,
              15,
              120,
              new String[] {"Hoodie", "T-Shirt", "Rain Jacket", "Running Socks"}),
          new Category(
              "Kitchen",
              "KIT",
              false,
              10,
              150,
              new String[] {"French Press", "Kettle", "Mug Set", "Knife"}),
          new Category(
              "Electronics",
              "ELE",
              false,
              12,
              250,
              new String[] {"Earbuds", "Charger", "Smart Plug", "Speaker"}),
          new Category(
              "Books",
              "BOK",
              false,
              8,
              40,
              new String[] {"Cookbook", "Novel", "Travel Guide", "Notebook"}));

  private static final String[] ADJECTIVES = {
    "Classic",
    "Organic",
    "Everyday",
    "Premium",
    "Essential",
    "Urban",
    "Nordic",
    "Golden",
    "Wild",
    "Pure",
    "Bold",
    "Gentle"
  };

  private Catalog() {}

  /** The catalog in sku order of creation; product {@code i} belongs to category {@code i % 10}. */
  static List<Product> generate(long seed, int count) {
    Rng rng = new Rng(Rng.seed(seed, 0xCA7A1061L));
    List<Product> products = new ArrayList<>(count);
    int[] perCategory = new int[CATEGORIES.size()];
    for (int i = 0; i < count; i++) {
      int c = i % CATEGORIES.size();
      Category category = CATEGORIES.get(c);
      String sku = "%s-%04d".formatted(category.code(), ++perCategory[c]);
      String name = rng.pick(ADJECTIVES) + " " + rng.pick(category.nouns());
      double raw =
          category.minPrice()
              * Math.pow(category.maxPrice() / category.minPrice(), rng.nextDouble());
      BigDecimal price =
          BigDecimal.valueOf(Math.floor(raw) + 0.99).setScale(2, RoundingMode.HALF_UP);
      Map<String, Integer> stock = new LinkedHashMap<>();
      for (String location : LOCATIONS) {
        stock.put(location, rng.chance(0.08) ? 0 : rng.between(1, 400));
      }
      products.add(
          new Product(
              sku,
              name,
              category.name(),
              price,
              "USD",
              "https://img.c360.example/products/"
                  + sku.toLowerCase(java.util.Locale.ROOT)
                  + ".jpg",
              stock,
              category.repeat()));
    }
    return List.copyOf(products);
  }

  /** Indexes of the products in each category. */
  static int[][] byCategory(int count) {
    int categories = CATEGORIES.size();
    int[][] result = new int[categories][];
    for (int c = 0; c < categories; c++) {
      int n = count / categories + (c < count % categories ? 1 : 0);
      result[c] = new int[n];
      for (int k = 0; k < n; k++) {
        result[c][k] = c + k * categories;
      }
    }
    return result;
  }
}
