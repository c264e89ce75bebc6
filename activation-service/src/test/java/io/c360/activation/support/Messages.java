package io.c360.activation.support;

import io.c360.activation.delivery.Channel;
import io.c360.activation.delivery.OutboundMessage;
import io.c360.activation.delivery.RecommendedItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Rendered win-back messages as campaigns hand them to senders. */
public final class Messages {

  private Messages() {}

  public static final RecommendedItem BOOTS =
      new RecommendedItem(
          "sku-boots",
          "Trail boots",
          new BigDecimal("89.90"),
          "USD",
          "https://shop.example/boots.jpg",
          "shoes");

  public static OutboundMessage email(String address) {
    return new OutboundMessage(
        "msg-" + UUID.randomUUID(),
        "cmp-winback",
        "p-ann",
        Channel.EMAIL,
        address,
        "We miss you, Ann",
        "Hi Ann, your boots are waiting: Trail boots",
        Map.of("firstName", "Ann"),
        List.of(BOOTS));
  }

  public static OutboundMessage sms(String phone) {
    return new OutboundMessage(
        "msg-" + UUID.randomUUID(),
        "cmp-winback",
        "p-ann",
        Channel.SMS,
        phone,
        null,
        "Hi Ann, 10% off your next order: shop.example/ann",
        Map.of("firstName", "Ann"),
        List.of());
  }

  public static OutboundMessage push(String deviceAddress) {
    return new OutboundMessage(
        "msg-" + UUID.randomUUID(),
        "cmp-winback",
        "p-ann",
        Channel.PUSH,
        deviceAddress,
        null,
        "Hi Ann, your boots are waiting",
        Map.of("firstName", "Ann", "campaignName", "Come back"),
        List.of(BOOTS));
  }
}
