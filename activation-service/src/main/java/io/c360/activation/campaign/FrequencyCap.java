package io.c360.activation.campaign;

/** At most {@code maxMessages} campaign messages to one customer within {@code days} days. */
public record FrequencyCap(int maxMessages, int days) {

  public static final FrequencyCap DEFAULT = new FrequencyCap(1, 7);
}
