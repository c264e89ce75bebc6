package io.c360.activation.delivery;

/** The sender configured for each channel (port): a real destination or the outbox. */
public interface MessageSenders {

  MessageSender forChannel(Channel channel);
}
