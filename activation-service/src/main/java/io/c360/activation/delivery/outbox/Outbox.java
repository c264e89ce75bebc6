package io.c360.activation.delivery.outbox;

import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.DeliveryReceipt;
import io.c360.activation.delivery.MessageSender;
import io.c360.activation.delivery.OutboundMessage;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The destination of every channel that has no real one configured: it records each message, once
 * per messageId, in its store and appends it to its JSON-lines file. Recording a messageId a second
 * time (a campaign resumed after a crash) changes nothing and answers with the first record.
 */
@Component
public final class Outbox {

  /** The destination name on receipts of the outbox. */
  public static final String DESTINATION = "outbox";

  private static final Logger log = LoggerFactory.getLogger(Outbox.class);

  private final OutboxStore store;
  private final OutboxFile file;
  private final Clock clock;

  Outbox(OutboxStore store, OutboxFile file, Clock clock) {
    this.store = store;
    this.file = file;
    this.clock = clock;
  }

  /** Records a campaign message as it would have been sent. */
  public OutboxEntry record(OutboundMessage message) {
    return record(OutboxEntry.of(message, clock.instant()));
  }

  /**
   * Records an entry unless its messageId was recorded before.
   *
   * @return the entry as stored: this one, or the earlier one with the same messageId
   */
  public OutboxEntry record(OutboxEntry entry) {
    Optional<OutboxEntry> earlier = store.putIfAbsent(entry);
    if (earlier.isPresent()) {
      log.debug("outbox already holds message {}", entry.messageId());
      return earlier.get();
    }
    file.append(entry);
    return entry;
  }

  /** Removes an erased profile's messages from the store and, where possible, the file. */
  public int forget(String profileId) {
    file.forget(profileId);
    return store.forget(profileId);
  }

  /** The entries that match, newest first. */
  public List<OutboxEntry> find(OutboxQuery query) {
    return store.find(query);
  }

  /** A sender that records a channel's messages here. */
  public MessageSender sender(Channel channel) {
    return new MessageSender() {
      @Override
      public Channel channel() {
        return channel;
      }

      @Override
      public DeliveryReceipt send(OutboundMessage message) {
        if (message.channel() != channel) {
          throw new IllegalArgumentException(
              "the "
                  + channel.wireName()
                  + " outbox got a "
                  + message.channel().wireName()
                  + " message");
        }
        return new DeliveryReceipt(DESTINATION, record(message).messageId());
      }

      @Override
      public String toString() {
        return "outbox(" + channel.wireName() + ")";
      }
    };
  }
}
