package io.c360.ingest.collect;

import io.c360.common.event.CustomerEvent;
import io.c360.common.event.EventType;
import io.c360.common.json.EventJson;
import io.c360.common.quarantine.QuarantinedRecord;
import io.c360.ingest.dedupe.PublishOnce;
import io.c360.ingest.publishing.PublishFailedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates the messages of one request, drops the ones already published within the dedupe window,
 * and publishes the rest together. Valid messages are published even when siblings are rejected;
 * rejected ones go to quarantine.
 */
@Service
public class CollectService {

  private final MessageValidator validator;
  private final PublishOnce publishOnce;
  private final JsonMapper json;
  private final MeterRegistry meters;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  CollectService(MessageValidator validator, PublishOnce publishOnce, MeterRegistry meters) {
    this.validator = validator;
    this.publishOnce = publishOnce;
    this.json = EventJson.mapper();
    this.meters = meters;
  }

  /** One message of a request, with its serialized size when the caller already knows it. */
  public record Message(int index, JsonNode body, int sizeBytes) {}

  /** What happened to a request's messages. */
  public record Outcome(int accepted, int duplicates, List<Rejection> rejected) {}

  /**
   * @throws PublishFailedException when Kafka did not acknowledge; nothing was promised, and the
   *     claimed messageIds are released so the client's retry is published
   */
  public Outcome collect(List<Message> messages, MessageValidator.Envelope envelope) {
    List<CustomerEvent> accepted = new ArrayList<>(messages.size());
    List<Rejection> rejected = new ArrayList<>();
    List<QuarantinedRecord> quarantine = new ArrayList<>();
    for (Message message : messages) {
      switch (validator.validate(message.index(), message.body(), envelope, message.sizeBytes())) {
        case MessageValidator.Accepted(CustomerEvent event) -> accepted.add(event);
        case MessageValidator.Rejected(Rejection rejection) -> {
          rejected.add(rejection);
          quarantine.add(
              new QuarantinedRecord(
                  "http",
                  envelope.source(),
                  null,
                  null,
                  rejection.reasons(),
                  json.writeValueAsString(message.body()),
                  envelope.receivedAt()));
          count(envelope.source(), typeOf(message.body(), envelope), "rejected", 1);
        }
      }
    }
    PublishOnce.Outcome outcome = publishOnce.publish(accepted, quarantine);
    countByType(envelope.source(), outcome.published(), "accepted");
    countByType(envelope.source(), outcome.duplicates(), "duplicate");
    return new Outcome(outcome.published().size(), outcome.duplicates().size(), rejected);
  }

  private static String typeOf(JsonNode body, MessageValidator.Envelope envelope) {
    if (envelope.callType() != null) {
      return envelope.callType().wireName();
    }
    JsonNode type = body.get("type");
    return type != null && type.isString() && EventType.fromWireName(type.stringValue()).isPresent()
        ? type.stringValue()
        : "unknown";
  }

  private void countByType(String source, List<CustomerEvent> events, String outcome) {
    Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
    events.forEach(event -> byType.merge(event.type(), 1, Integer::sum));
    byType.forEach((type, n) -> count(source, type.wireName(), outcome, n));
  }

  private void count(String source, String type, String outcome, int n) {
    counters
        .computeIfAbsent(
            source + '|' + type + '|' + outcome,
            k ->
                Counter.builder("c360.ingest.events")
                    .description("Messages received by the Tracking API, by outcome")
                    .tag("source", source)
                    .tag("type", type)
                    .tag("outcome", outcome)
                    .register(meters))
        .increment(n);
  }
}
