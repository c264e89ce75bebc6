package io.c360.ingest.collect;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Why one message of a request was refused.
 *
 * @param index position of the message in the batch (0 for single calls)
 * @param messageId the message's id, when it had one
 * @param reasons every problem found, each a sentence a developer can act on
 */
public record Rejection(int index, @Nullable String messageId, List<String> reasons) {

  public Rejection {
    reasons = List.copyOf(reasons);
  }
}
