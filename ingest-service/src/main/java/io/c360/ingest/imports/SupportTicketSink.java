package io.c360.ingest.imports;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.identifier.Identifier;
import io.c360.common.identifier.IdentifierNormalizer;
import io.c360.common.identifier.IdentifierType;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Support rows ({@code ticket_id,closed_at,user_id,email,phone,loyalty_id,subject,channel,csat}) to
 * {@code Support Ticket Closed} events with source {@code support}. A ticket must name its customer
 * by at least one identifier; {@code csat} is 1 to 5 when given.
 */
final class SupportTicketSink implements RowSink {

  static final String SOURCE = "support";

  private final IdentifierNormalizer normalizer;
  private final Instant receivedAt;

  SupportTicketSink(IdentifierNormalizer normalizer, Instant receivedAt) {
    this.normalizer = normalizer;
    this.receivedAt = receivedAt;
  }

  @Override
  public List<String> accept(Row row, Output out) {
    Fields f = new Fields(row);
    String ticketId = f.required("ticket_id");
    Instant closedAt = f.instant("closed_at", true);
    Long csat = f.integer("csat", false, 1);
    if (csat != null && csat > 5) {
      f.reasons().add("csat '" + csat + "' must be between 1 and 5");
    }
    Set<Identifier> ids = new LinkedHashSet<>();
    String userId = row.get("user_id");
    normalizer.normalize(IdentifierType.USER_ID, userId).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.EMAIL, row.get("email")).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.PHONE, row.get("phone")).ifPresent(ids::add);
    normalizer.normalize(IdentifierType.LOYALTY_ID, row.get("loyalty_id")).ifPresent(ids::add);
    if (ids.isEmpty()) {
      f.reasons().add("no valid customer identifier (user_id, email, phone or loyalty_id)");
    }
    if (!f.reasons().isEmpty()) {
      return f.reasons();
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("ticket_id", ticketId);
    if (row.get("subject") != null) {
      properties.put("subject", row.get("subject"));
    }
    if (row.get("channel") != null) {
      properties.put("channel", row.get("channel"));
    }
    if (csat != null) {
      properties.put("csat", csat);
    }
    boolean hasUserId = ids.stream().anyMatch(i -> i.type() == IdentifierType.USER_ID);
    out.event(
        new CustomerEvent(
            "support:" + ticketId,
            EventType.TRACK,
            "Support Ticket Closed",
            null,
            hasUserId ? userId.trim() : null,
            null,
            null,
            null,
            null,
            properties,
            null,
            null,
            closedAt,
            closedAt,
            null,
            receivedAt,
            SOURCE,
            List.copyOf(ids)));
    return List.of();
  }
}
