package io.c360.activation.campaign;

import java.util.Objects;

/** A campaign's id, {@code cmp-} and a random suffix. */
public record CampaignId(String value) {

  public CampaignId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value;
  }
}
