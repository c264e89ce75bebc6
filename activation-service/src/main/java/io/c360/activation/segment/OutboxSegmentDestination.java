package io.c360.activation.segment;

import io.c360.activation.delivery.outbox.Outbox;
import io.c360.activation.delivery.outbox.OutboxEntry;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Records identify calls in the outbox (destination {@code segment}) when no write key is
 * configured, so what Segment would receive is visible at {@code GET
 * /v1/outbox?destination=segment}: userId or anonymousId, traits, and the profile they are about.
 */
@Component
@Conditional(SegmentWriteKey.Missing.class)
final class OutboxSegmentDestination implements SegmentDestination {

  private final Outbox outbox;
  private final Clock clock;

  OutboxSegmentDestination(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  @Override
  public void identify(List<IdentifyCall> calls) {
    for (IdentifyCall call : calls) {
      outbox.record(
          OutboxEntry.identify(
              call.messageId(),
              call.profileId(),
              call.userId(),
              call.anonymousId(),
              call.traits(),
              clock.instant()));
    }
  }

  @Override
  public String name() {
    return "outbox";
  }
}
