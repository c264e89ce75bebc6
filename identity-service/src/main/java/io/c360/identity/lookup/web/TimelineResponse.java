package io.c360.identity.lookup.web;

import io.c360.common.event.CustomerEvent;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a timeline, oldest first; pass {@code next} as {@code after} for the following page
 * (null on the last page).
 */
record TimelineResponse(String profileId, List<Item> events, @Nullable String next) {

  record Item(String eventKey, String originProfileId, CustomerEvent event) {}
}
