package io.c360.bench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Samples the stacks of the service's listener threads every few milliseconds and sorts each sample
 * by what the thread is doing, so the share of listener time spent waiting for DynamoDB is measured
 * on the threads that matter (the {@code c360.identity.store} timers also count calls made in
 * parallel on other threads, so their sum can exceed the wall time).
 */
final class ListenerSampler implements AutoCloseable {

  /** What a listener thread is doing in one sample, judged from its innermost frames. */
  enum Activity {
    /** Inside the AWS SDK, or waiting for the parallel profile writes of {@code updateAll}. */
    DYNAMODB,
    /** Waiting for Kafka to acknowledge the announcements. */
    KAFKA_PUBLISH,
    /** In the consumer's poll: waiting for records (idle) or fetching them. */
    KAFKA_POLL,
    /** Anything else: resolution, JSON, building requests, GC safepoints. */
    SERVICE
  }

  private final List<Thread> threads;
  private final Thread sampler;
  private final Map<Activity, Long> counts = new EnumMap<>(Activity.class);
  private volatile boolean running = true;

  ListenerSampler(List<Thread> threads, long intervalMillis) {
    this.threads = List.copyOf(threads);
    for (Activity a : Activity.values()) {
      counts.put(a, 0L);
    }
    sampler =
        Thread.ofPlatform()
            .name("listener-sampler")
            .daemon()
            .start(
                () -> {
                  while (running) {
                    for (Thread thread : this.threads) {
                      Activity activity = classify(thread.getStackTrace());
                      synchronized (counts) {
                        counts.merge(activity, 1L, Long::sum);
                      }
                    }
                    try {
                      Thread.sleep(intervalMillis);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  static Activity classify(StackTraceElement[] stack) {
    for (StackTraceElement frame : stack) {
      String c = frame.getClassName();
      if (c.startsWith("software.amazon.awssdk.")
          || c.startsWith("org.apache.http.")
          || (c.endsWith("DynamoDbIdentityStore") && frame.getMethodName().equals("updateAll"))) {
        return Activity.DYNAMODB;
      }
      if (c.endsWith("KafkaChangePublisher")) {
        return Activity.KAFKA_PUBLISH;
      }
      if (c.startsWith("org.apache.kafka.clients.consumer.")) {
        return Activity.KAFKA_POLL;
      }
      if (c.startsWith("io.c360.")) {
        return Activity.SERVICE;
      }
    }
    return Activity.SERVICE;
  }

  /** Samples per activity so far. */
  Map<Activity, Long> counts() {
    synchronized (counts) {
      return new EnumMap<>(counts);
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    sampler.join(1000);
  }
}
