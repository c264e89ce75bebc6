package io.c360.demo;

import io.c360.common.event.CustomerEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The soak run's stream of Segment messages: the world's browser and app events in time order (as
 * the apps would have sent them live), each logged-in customer's consent identify call right after
 * their first login ({@link SegmentMessages#consent}), over and over when the run outlasts the
 * world. Every message gets a messageId of its own, {@code soak-<run>-<pass>-<original id>}, so
 * nothing is a duplicate of an earlier pass or an earlier run, and ingest passes every one on.
 */
final class SoakTraffic {

  /** A message and the source (write key) that sends it. */
  record Message(String source, Map<String, Object> body) {}

  private final List<Message> once;
  private final List<String> userIds;
  private final String run;
  private int next;
  private int pass = 1;

  /**
   * @param events the world's events in time order
   * @param run what makes this run's messageIds its own (a timestamp)
   */
  SoakTraffic(Iterable<CustomerEvent> events, String run) {
    this.run = run;
    List<Message> messages = new ArrayList<>();
    Map<String, Instant> firstLogins = new LinkedHashMap<>();
    for (CustomerEvent e : events) {
      if (WorldStep.FILE_SOURCES.contains(e.source())) {
        continue;
      }
      messages.add(new Message(e.source(), SegmentMessages.of(e)));
      if (e.type().wireName().equals("identify")
          && e.userId() != null
          && firstLogins.putIfAbsent(e.userId(), e.timestamp()) == null) {
        for (Map<String, Object> consent :
            SegmentMessages.consent(Map.of(e.userId(), e.timestamp()))) {
          messages.add(new Message("web", consent));
        }
      }
    }
    if (messages.isEmpty()) {
      throw new DemoFailedException("the world has no browser or app event to send");
    }
    this.once = List.copyOf(messages);
    this.userIds = List.copyOf(firstLogins.keySet());
  }

  /** Messages in one pass over the world. */
  int size() {
    return once.size();
  }

  /** The userIds of the customers who log in, in the order of their first login. */
  List<String> userIds() {
    return userIds;
  }

  /** How many passes have begun (1 during the first). */
  int pass() {
    return pass;
  }

  /** The next message, with its messageId of this run and pass. */
  Message next() {
    if (next == once.size()) {
      next = 0;
      pass++;
    }
    Message m = once.get(next++);
    Map<String, Object> body = new LinkedHashMap<>(m.body());
    body.put("messageId", "soak-%s-%d-%s".formatted(run, pass, body.get("messageId")));
    return new Message(m.source(), body);
  }
}
