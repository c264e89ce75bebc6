package io.c360.activation.delivery.routing;

import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.MessageSender;
import io.c360.activation.delivery.MessageSenders;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

/** Each channel's configured sender, else the outbox's sender for it. */
final class ConfiguredMessageSenders implements MessageSenders {

  private final Map<Channel, MessageSender> senders = new EnumMap<>(Channel.class);

  /**
   * @param configured the real destinations' senders, at most one per channel
   * @param outbox the outbox's sender of a channel
   */
  ConfiguredMessageSenders(
      Collection<MessageSender> configured, Function<Channel, MessageSender> outbox) {
    for (MessageSender sender : configured) {
      MessageSender other = senders.put(sender.channel(), sender);
      if (other != null) {
        throw new IllegalStateException(
            "two senders for the "
                + sender.channel().wireName()
                + " channel: "
                + other
                + " and "
                + sender);
      }
    }
    for (Channel channel : Channel.values()) {
      senders.computeIfAbsent(channel, outbox);
    }
  }

  @Override
  public MessageSender forChannel(Channel channel) {
    return senders.get(channel);
  }
}
