package io.c360.activation.campaign;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where a campaign is: created ({@code draft}), waiting for its start time ({@code scheduled}),
 * sending ({@code running}), or done ({@code completed}; a relaunch sends to members who joined
 * since, never twice to the same one).
 */
public enum CampaignStatus {
  DRAFT,
  SCHEDULED,
  RUNNING,
  COMPLETED;

  @JsonValue
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
