package io.c360.activation.delivery;

/**
 * What a destination answered for one message.
 *
 * @param destination which adapter took it ({@code outbox}, {@code ses}, {@code pinpoint}, {@code
 *     sms-voice-v2})
 * @param providerMessageId the destination's own id for it (SES MessageId, ...), or the messageId
 */
public record DeliveryReceipt(String destination, String providerMessageId) {}
