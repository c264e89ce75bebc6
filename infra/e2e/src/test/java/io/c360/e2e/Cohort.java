package io.c360.e2e;

import io.c360.e2e.Events.Sender;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shop's other customers: enough history for {@code churn_90d} to train and for the embedded
 * recommender to know what sells. Every one subscribed 330 days ago; every other one cancelled 100
 * days ago (so each canceller gives positive rows at three of the model's six cutoffs, and the
 * split has enough of both labels in train, validation and test); each viewed two products and
 * bought the second in the last seven weeks. Each customer's last message is an identify with trait
 * {@value #LOADED_TRAIT}, so once identity-service shows it on the profile, all of that customer's
 * events are on its timeline (one customer's events share a partition, in order).
 */
final class Cohort {

  static final int SIZE = 150;
  static final String LOADED_TRAIT = "cohort";
  static final String LOADED_VALUE = "loaded";

  private Cohort() {}

  static String userId(int index) {
    return "cohort-%03d".formatted(index);
  }

  static boolean cancels(int index) {
    return index % 2 == 0;
  }

  /** Every customer's messages, each customer's in time order. */
  static List<ObjectNode> messages(Instant now) {
    List<Product> products = Shop.products();
    List<ObjectNode> messages = new ArrayList<>();
    for (int i = 0; i < SIZE; i++) {
      Sender sender = Sender.user(userId(i));
      Instant subscribed = now.minus(Duration.ofDays(330)).plus(Duration.ofMinutes(i));
      messages.add(Events.subscriptionStarted(sender, subscribed));
      if (cancels(i)) {
        messages.add(
            Events.subscriptionCancelled(
                sender, now.minus(Duration.ofDays(100)).plus(Duration.ofMinutes(i))));
      }
      Instant visit = now.minus(Duration.ofDays(5 + i % 45));
      Product first = products.get(i % products.size());
      Product second = products.get((i + 1 + i / products.size()) % products.size());
      messages.add(Events.productViewed(sender, first, visit));
      messages.add(Events.productViewed(sender, second, visit.plus(Duration.ofMinutes(5))));
      messages.add(Events.orderCompleted(sender, second, visit.plus(Duration.ofMinutes(15))));
      messages.add(
          Events.identify(sender, LOADED_TRAIT, LOADED_VALUE, now.minus(Duration.ofDays(1))));
    }
    return messages;
  }
}
