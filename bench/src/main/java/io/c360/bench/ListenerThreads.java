package io.c360.bench;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer interceptor that remembers the threads that poll, i.e. the service's listener threads
 * (virtual threads when {@code spring.threads.virtual.enabled}, so they cannot be found by name),
 * for {@link ListenerSampler}. Installed in the in-process service with {@code
 * spring.kafka.consumer.properties.interceptor.classes}; it does not touch the records.
 */
public final class ListenerThreads implements ConsumerInterceptor<Object, Object> {

  private static final Set<Thread> THREADS = ConcurrentHashMap.newKeySet();

  static List<Thread> seen() {
    return List.copyOf(THREADS);
  }

  @Override
  public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
    THREADS.add(Thread.currentThread());
    return records;
  }

  @Override
  public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {}

  @Override
  public void close() {}

  @Override
  public void configure(Map<String, ?> configs) {}
}
