package io.c360.e2e;

import io.c360.e2e.SegmentApi.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends batches one after the other in a thread of its own, as a Segment SDK does: a batch that is
 * not answered 200 (refused, reset, no answer, 5xx) is kept and sent again, same messageIds, after
 * the {@code Retry-After} it was given or half a second. Every attempt is recorded.
 */
final class SdkSender {

  /**
   * One {@code POST /v1/batch}.
   *
   * @param status the HTTP status, or 0 when no answer came (refused, reset, timed out)
   * @param retryAfter the answer's {@code Retry-After}, or null
   * @param rejected messages of the batch the answer rejected
   */
  record Attempt(
      int batch,
      Instant sentAt,
      Instant answeredAt,
      int status,
      @Nullable String retryAfter,
      int rejected) {}

  private static final Duration PAUSE = Duration.ofMillis(150);
  private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

  private final List<List<ObjectNode>> batches;
  private final Supplier<SegmentApi> ingest;
  private final AtomicInteger accepted = new AtomicInteger();
  private final List<Attempt> attempts = new CopyOnWriteArrayList<>();
  private final Thread thread;

  /**
   * @param ingest the API to send to, asked again before every attempt (a restarted ingest keeps
   *     its port, but a stopped one has none)
   */
  private SdkSender(List<List<ObjectNode>> batches, Supplier<SegmentApi> ingest) {
    this.batches = List.copyOf(batches);
    this.ingest = ingest;
    this.thread = Thread.ofPlatform().name("e2e-sdk-sender").unstarted(this::sendAll);
  }

  static SdkSender start(List<List<ObjectNode>> batches, Supplier<SegmentApi> ingest) {
    SdkSender sender = new SdkSender(batches, ingest);
    sender.thread.start();
    return sender;
  }

  /** Batches answered 200 so far. */
  int accepted() {
    return accepted.get();
  }

  int batches() {
    return batches.size();
  }

  /** Every attempt so far, in order. */
  List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  /** Waits for the last batch to be accepted, at most {@code timeout}. */
  void await(Duration timeout) throws InterruptedException {
    if (!thread.join(timeout)) {
      thread.interrupt();
      throw new AssertionError(
          "after "
              + timeout.toSeconds()
              + " s only "
              + accepted()
              + " of "
              + batches.size()
              + " batches were accepted; last attempts: "
              + lastAttempts());
    }
  }

  private List<Attempt> lastAttempts() {
    List<Attempt> all = attempts();
    return all.subList(Math.max(0, all.size() - 5), all.size());
  }

  private void sendAll() {
    try {
      for (int b = 0; b < batches.size(); b++) {
        while (!send(b)) {
          // kept, sent again: an SDK never drops a batch it was not told it had delivered
        }
        Thread.sleep(PAUSE);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One attempt; true when the batch was accepted. */
  private boolean send(int b) throws InterruptedException {
    Instant sentAt = Instant.now();
    Answer answer;
    try {
      answer = ingest.get().batchAnswer(batches.get(b));
    } catch (RuntimeException noAnswer) {
      attempts.add(new Attempt(b, sentAt, Instant.now(), 0, null, 0));
      Thread.sleep(RETRY_PAUSE);
      return false;
    }
    int status = answer.response().status();
    int rejected =
        status == 200 && answer.response().json() != null
            ? answer.response().json().path("rejected").size()
            : 0;
    attempts.add(new Attempt(b, sentAt, Instant.now(), status, answer.retryAfter(), rejected));
    if (status == 200) {
      accepted.incrementAndGet();
      return true;
    }
    Thread.sleep(retryPause(answer.retryAfter()));
    return false;
  }

  private static Duration retryPause(@Nullable String retryAfter) {
    if (retryAfter != null && retryAfter.matches("\\d{1,3}")) {
      return Duration.ofSeconds(Long.parseLong(retryAfter));
    }
    return RETRY_PAUSE;
  }
}
