package io.c360.activation.report;

import java.math.BigDecimal;
import java.time.Instant;

/** An order a profile placed (an {@code Order Completed} event). */
public record Order(String messageId, Instant orderedAt, BigDecimal revenue) {}
