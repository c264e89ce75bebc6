package io.c360.activation.segment;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Conditions on whether {@code c360.activation.segment.write-key} holds a (non-blank) key. */
public final class SegmentWriteKey {

  static final String PROPERTY = "c360.activation.segment.write-key";

  private SegmentWriteKey() {}

  static boolean configured(ConditionContext context) {
    String key = context.getEnvironment().getProperty(PROPERTY);
    return key != null && !key.isBlank();
  }

  /** Matches when a write key is configured: Segment's client and the Kafka listeners. */
  public static final class Present implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return configured(context);
    }
  }

  /** Matches when no write key is configured: identify calls go to the outbox. */
  public static final class Missing implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !configured(context);
    }
  }
}
