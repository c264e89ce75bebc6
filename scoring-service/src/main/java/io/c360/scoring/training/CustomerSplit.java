package io.c360.scoring.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * Assigns whole customers to train, validation or test: the distinct profile ids, sorted, are
 * shuffled with the seed; the first {@code testFraction} go to test, the next {@code
 * validationFraction} to validation, the rest to train. A customer's rows at every cutoff land on
 * one side, so no customer is on both sides.
 */
final class CustomerSplit {

  private CustomerSplit() {}

  static Map<String, Part> assign(
      Collection<String> profileIds, double validationFraction, double testFraction, long seed) {
    var ids = new ArrayList<>(new TreeSet<>(profileIds));
    Collections.shuffle(ids, new Random(seed));
    int test = (int) Math.round(ids.size() * testFraction);
    int validation = (int) Math.round(ids.size() * validationFraction);
    var parts = new HashMap<String, Part>(ids.size() * 2);
    for (int i = 0; i < ids.size(); i++) {
      parts.put(
          ids.get(i), i < test ? Part.TEST : i < test + validation ? Part.VALIDATION : Part.TRAIN);
    }
    return parts;
  }
}
