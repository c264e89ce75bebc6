package io.c360.activation.delivery;

/** Sends messages of one channel (port); adapters: outbox, SES v2, Pinpoint push, SMS v2. */
public interface MessageSender {

  Channel channel();

  /**
   * Sends one message. Sending a message whose messageId was already delivered must not reach the
   * customer twice where the destination can tell (the outbox can).
   *
   * @throws DeliveryException when the destination refused or failed it
   */
  DeliveryReceipt send(OutboundMessage message);
}
