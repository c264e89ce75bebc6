package io.c360.activation.segment;

import java.util.List;

/** Where identify calls go (port): Segment through its Java client, or the outbox. */
public interface SegmentDestination {

  /**
   * Sends the calls and returns once the destination accepted every one of them.
   *
   * @throws SegmentUnavailableException when some were not accepted; sending them again is safe
   *     (same messageIds)
   */
  void identify(List<IdentifyCall> calls);

  /** The destination's name on export reports: {@code segment} or {@code outbox}. */
  String name();
}
