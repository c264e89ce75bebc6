package io.c360.scoring.history.dynamodb;

import io.c360.scoring.features.HistoryEvent;
import io.c360.scoring.history.HistoryEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One event as an item of {@code scoring-history}: the key {@code e#<epoch millis>#<messageId>}
 * carries the time, the attributes {@code name}, {@code source} and, when present, {@code
 * category}, {@code amount}, {@code discount} and {@code csat}. Nothing else of the event is kept:
 * no identifiers, traits or free-form properties.
 */
final class HistoryItems {

  static final String EVENT_PREFIX = "e#";

  private HistoryItems() {}

  static String entryKey(Instant at, String messageId) {
    return EVENT_PREFIX + String.format(Locale.ROOT, "%013d", at.toEpochMilli()) + "#" + messageId;
  }

  static Map<String, AttributeValue> item(HistoryEntry entry) {
    HistoryEvent event = entry.event();
    Map<String, AttributeValue> item = new HashMap<>();
    item.put("profileId", AttributeValue.fromS(entry.profileId()));
    item.put("entryKey", AttributeValue.fromS(entryKey(event.timestamp(), entry.messageId())));
    item.put("name", AttributeValue.fromS(event.name()));
    item.put("source", AttributeValue.fromS(event.source()));
    if (event.category() != null) {
      item.put("category", AttributeValue.fromS(event.category()));
    }
    if (event.amount() != 0) {
      item.put("amount", number(event.amount()));
    }
    if (event.discount() != 0) {
      item.put("discount", number(event.discount()));
    }
    if (event.csat() != null) {
      item.put("csat", number(event.csat()));
    }
    return item;
  }

  static HistoryEvent event(Map<String, AttributeValue> item) {
    String key = item.get("entryKey").s();
    int end = key.indexOf('#', EVENT_PREFIX.length());
    Instant at = Instant.ofEpochMilli(Long.parseLong(key.substring(EVENT_PREFIX.length(), end)));
    AttributeValue category = item.get("category");
    AttributeValue csat = item.get("csat");
    return new HistoryEvent(
        at,
        item.get("name").s(),
        item.get("source").s(),
        category == null ? null : category.s(),
        number(item.get("amount")),
        number(item.get("discount")),
        csat == null ? null : Double.parseDouble(csat.n()));
  }

  private static AttributeValue number(double value) {
    return AttributeValue.fromN(BigDecimal.valueOf(value).toPlainString());
  }

  private static double number(@Nullable AttributeValue value) {
    return value == null ? 0 : Double.parseDouble(value.n());
  }
}
