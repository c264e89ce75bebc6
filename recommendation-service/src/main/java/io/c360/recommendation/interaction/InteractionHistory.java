package io.c360.recommendation.interaction;

import java.util.List;

/** Every interaction of every active profile, from the durable timeline (for dataset exports). */
public interface InteractionHistory {

  List<Interaction> all();
}
