package io.c360.common.profile;

import io.c360.common.event.CustomerEvent;

/** An event with the profile it was resolved to, on {@code c360.resolved-events.v1}. */
public record ResolvedEvent(String profileId, CustomerEvent event) {}
