package io.c360.platform.kafka;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * A batch of contract records split at the first record that can never be processed: one the {@link
 * ContractDeserializer} could not read, or one the listener's check rejects. How a batch listener
 * reports it:
 *
 * <ol>
 *   <li>store {@link #records()} (or {@link #values()}), the records before it, as usual;
 *   <li>then call {@link #reportFailed()}, which throws Spring Kafka's {@link
 *       BatchListenerFailedException} naming that record.
 * </ol>
 *
 * The error handler then commits the records before it (they are stored), sends it to the
 * consumer's dead-letter topic, and redelivers the records after it. Reporting it before storing
 * the records before it would commit records that were never stored, so the order matters.
 *
 * @param <T> the topic's contract type
 */
public final class ContractBatch<T> {

  private static final LogAccessor LOG = new LogAccessor(ContractBatch.class);

  private final List<ConsumerRecord<String, T>> records;
  private final @Nullable BatchListenerFailedException failure;

  private ContractBatch(
      List<ConsumerRecord<String, T>> records, @Nullable BatchListenerFailedException failure) {
    this.records = records;
    this.failure = failure;
  }

  /** The batch up to its first record that could not be read. */
  public static <T> ContractBatch<T> of(List<ConsumerRecord<String, T>> records) {
    return of(records, value -> null);
  }

  /**
   * The batch up to its first record that could not be read or that {@code problem} rejects.
   *
   * @param problem what is wrong with a value that can never be processed, or null when it is fine;
   *     never called for tombstones
   */
  public static <T> ContractBatch<T> of(
      List<ConsumerRecord<String, T>> records, Function<T, @Nullable String> problem) {
    List<ConsumerRecord<String, T>> readable = new ArrayList<>(records.size());
    for (ConsumerRecord<String, T> record : records) {
      DeserializationException unreadable = unreadable(record);
      if (unreadable != null) {
        return new ContractBatch<>(
            readable,
            new BatchListenerFailedException(
                describe(record) + " cannot be read: " + reason(unreadable), unreadable, record));
      }
      String invalid = record.value() == null ? null : problem.apply(record.value());
      if (invalid != null) {
        return new ContractBatch<>(
            readable,
            new BatchListenerFailedException(
                describe(record) + " is invalid: " + invalid,
                new InvalidRecordException(invalid),
                record));
      }
      readable.add(record);
    }
    return new ContractBatch<>(readable, null);
  }

  /** The records before the first failed one, tombstones included, in their order. */
  public List<ConsumerRecord<String, T>> records() {
    return records;
  }

  /** The values of {@link #records()}, tombstones left out. */
  public List<T> values() {
    List<T> values = new ArrayList<>(records.size());
    for (ConsumerRecord<String, T> record : records) {
      if (record.value() != null) {
        values.add(record.value());
      }
    }
    return values;
  }

  /**
   * Throws a {@link BatchListenerFailedException} for the record the batch stopped at, if any; call
   * it once {@link #records()} are stored.
   */
  public void reportFailed() {
    if (failure != null) {
      throw failure;
    }
  }

  /**
   * Why the {@link ContractDeserializer} could not read this record, or null when it could (a
   * tombstone included).
   */
  public static @Nullable DeserializationException unreadable(ConsumerRecord<?, ?> record) {
    if (record.value() != null
        || record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER)
            == null) {
      return null;
    }
    return SerializationUtils.getExceptionFromHeader(
        record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
  }

  private static String reason(Exception unreadable) {
    Throwable cause = unreadable.getCause() == null ? unreadable : unreadable.getCause();
    return String.valueOf(cause.getMessage());
  }

  private static String describe(ConsumerRecord<?, ?> record) {
    return "record " + record.topic() + "-" + record.partition() + "@" + record.offset();
  }
}
