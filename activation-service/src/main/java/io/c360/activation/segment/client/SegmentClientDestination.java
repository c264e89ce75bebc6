package io.c360.activation.segment.client;

import com.segment.analytics.Analytics;
import com.segment.analytics.Callback;
import com.segment.analytics.messages.IdentifyMessage;
import com.segment.analytics.messages.Message;
import io.c360.activation.segment.IdentifyCall;
import io.c360.activation.segment.SegmentDestination;
import io.c360.activation.segment.SegmentUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Identify calls through Segment's official Java client. The client queues messages and uploads
 * them in batches ({@code flushQueueSize} messages or every {@code flushInterval}) to {@code
 * /v1/import}, retrying network errors, 429 and 5xx. {@link #identify} enqueues a chunk, asks the
 * client to flush, and waits for the client's per-message callback, so a caller (a Kafka listener)
 * only acknowledges its input once Segment has accepted every call.
 */
final class SegmentClientDestination implements SegmentDestination, AutoCloseable {

  private final ConcurrentMap<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
  private final Analytics analytics;
  private final Duration timeout;

  /**
   * @param builder Segment's builder with the write key, endpoint and batching set; this class adds
   *     its callback
   */
  SegmentClientDestination(Analytics.Builder builder, Duration timeout) {
    this.analytics = builder.callback(new Tracking()).build();
    this.timeout = timeout;
  }

  @Override
  public void identify(List<IdentifyCall> calls) {
    List<CompletableFuture<Void>> accepted = new ArrayList<>(calls.size());
    for (IdentifyCall call : calls) {
      CompletableFuture<Void> done = new CompletableFuture<>();
      CompletableFuture<Void> earlier = pending.putIfAbsent(call.messageId(), done);
      if (earlier != null) {
        // the same call is on its way already: wait for that one
        accepted.add(earlier);
        continue;
      }
      IdentifyMessage.Builder message =
          IdentifyMessage.builder()
              .messageId(call.messageId())
              .traits(call.traits())
              .timestamp(Date.from(call.timestamp()));
      if (call.userId() != null) {
        message.userId(call.userId());
      } else {
        message.anonymousId(call.anonymousId());
      }
      try {
        analytics.enqueue(message);
      } catch (RuntimeException e) {
        pending.remove(call.messageId(), done);
        throw new SegmentUnavailableException("Segment's client did not take the call", e);
      }
      accepted.add(done);
    }
    analytics.flush();
    try {
      CompletableFuture.allOf(accepted.toArray(CompletableFuture[]::new))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new SegmentUnavailableException(
          "Segment did not accept " + calls.size() + " identify calls", e.getCause());
    } catch (TimeoutException e) {
      throw new SegmentUnavailableException(
          "Segment did not accept " + calls.size() + " identify calls within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SegmentUnavailableException("interrupted while waiting for Segment", e);
    }
  }

  @Override
  public String name() {
    return "segment";
  }

  /** Uploads what is queued and stops the client. */
  @Override
  public void close() {
    analytics.flush();
    analytics.shutdown();
  }

  /** Completes the wait of each message when the client reports its batch's outcome. */
  private final class Tracking implements Callback {

    @Override
    public void success(Message message) {
      CompletableFuture<Void> done = pending.remove(message.messageId());
      if (done != null) {
        done.complete(null);
      }
    }

    @Override
    public void failure(Message message, Throwable throwable) {
      CompletableFuture<Void> done = pending.remove(message.messageId());
      if (done != null) {
        done.completeExceptionally(throwable);
      }
    }
  }
}
