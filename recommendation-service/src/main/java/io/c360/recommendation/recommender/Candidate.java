package io.c360.recommendation.recommender;

/** An item a recommender proposes, with its score (higher is better; scales differ by backend). */
public record Candidate(String sku, double score) {}
