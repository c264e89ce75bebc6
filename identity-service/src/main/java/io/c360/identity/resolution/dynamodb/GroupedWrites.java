package io.c360.identity.resolution.dynamodb;

import io.c360.identity.resolution.ConcurrentChangeException;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.ProfileWrite;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

/**
 * Writes many profiles (each with its identifier claims) in as few TransactWriteItems as DynamoDB
 * allows: up to 100 items and well under the 4 MB of one transaction, a profile's items always in
 * the same one. A cancelled transaction writes nothing; its cancellation reasons (one per item)
 * name the profiles that lost a race (a condition failed or another transaction held an item):
 * those are reported lost, the others go into the next transaction. Without usable reasons the
 * group's profiles are written one by one, so each failure is found.
 */
final class GroupedWrites {

  static final int MAX_ITEMS = 100;
  static final long MAX_BYTES = 3_000_000;

  private final DynamoDbClient dynamo;
  private final Function<ProfileWrite, List<TransactWriteItem>> itemsOf;
  private final Timer timer;

  GroupedWrites(
      DynamoDbClient dynamo, Function<ProfileWrite, List<TransactWriteItem>> itemsOf, Timer timer) {
    this.dynamo = dynamo;
    this.itemsOf = itemsOf;
    this.timer = timer;
  }

  private record Prepared(ProfileWrite write, List<TransactWriteItem> items, long bytes) {}

  Set<ProfileId> writeAll(List<ProfileWrite> writes) {
    Set<ProfileId> lost = new LinkedHashSet<>();
    Deque<Prepared> queue = new ArrayDeque<>(writes.size());
    for (ProfileWrite write : writes) {
      List<TransactWriteItem> items = itemsOf.apply(write);
      if (items.size() > MAX_ITEMS) {
        throw new IllegalArgumentException(
            "profile " + write.profile().profileId() + " claims too many identifiers at once");
      }
      queue.add(new Prepared(write, items, bytes(items)));
    }
    int budget = 3 * writes.size() + 10;
    while (!queue.isEmpty()) {
      if (budget-- == 0) {
        throw new ConcurrentChangeException("profile writes kept being cancelled", null);
      }
      List<Prepared> group = nextGroup(queue);
      List<TransactWriteItem> items = new ArrayList<>();
      group.forEach(p -> items.addAll(p.items()));
      try {
        timer.record(() -> dynamo.transactWriteItems(r -> r.transactItems(items)));
      } catch (TransactionCanceledException e) {
        List<CancellationReason> reasons = e.cancellationReasons();
        if (group.size() == 1) {
          lost.add(group.getFirst().write().profile().profileId());
        } else if (reasons == null || reasons.size() != items.size() || !anyFailed(reasons)) {
          // no usable reasons: one transaction per profile finds which lost
          for (int i = group.size() - 1; i >= 0; i--) {
            queue.addFirst(group.get(i));
          }
          writeSingly(queue, group.size(), lost);
        } else {
          requeueAllBut(group, reasons, queue, lost);
        }
      } catch (TransactionConflictException e) {
        for (int i = group.size() - 1; i >= 0; i--) {
          queue.addFirst(group.get(i));
        }
        writeSingly(queue, group.size(), lost);
      }
    }
    return lost;
  }

  private static List<Prepared> nextGroup(Deque<Prepared> queue) {
    List<Prepared> group = new ArrayList<>();
    int items = 0;
    long bytes = 0;
    while (!queue.isEmpty()) {
      Prepared next = queue.peekFirst();
      if (!group.isEmpty()
          && (items + next.items().size() > MAX_ITEMS || bytes + next.bytes() > MAX_BYTES)) {
        break;
      }
      queue.pollFirst();
      group.add(next);
      items += next.items().size();
      bytes += next.bytes();
    }
    return group;
  }

  private static boolean anyFailed(List<CancellationReason> reasons) {
    return reasons.stream().anyMatch(GroupedWrites::failed);
  }

  private static boolean failed(CancellationReason reason) {
    return reason.code() != null && !"None".equals(reason.code());
  }

  /** The profiles whose items failed are lost; the others go first in the next transaction. */
  private static void requeueAllBut(
      List<Prepared> group,
      List<CancellationReason> reasons,
      Deque<Prepared> queue,
      Set<ProfileId> lost) {
    List<Prepared> retry = new ArrayList<>();
    int at = 0;
    for (Prepared prepared : group) {
      boolean failed = false;
      for (int i = 0; i < prepared.items().size(); i++) {
        CancellationReason reason = reasons.get(at + i);
        if (failed(reason)) {
          String code = reason.code();
          if (!"ConditionalCheckFailed".equals(code) && !"TransactionConflict".equals(code)) {
            throw new IllegalStateException(
                "profile write refused: " + code + " " + reason.message());
          }
          failed = true;
        }
      }
      at += prepared.items().size();
      if (failed) {
        lost.add(prepared.write().profile().profileId());
      } else {
        retry.add(prepared);
      }
    }
    for (int i = retry.size() - 1; i >= 0; i--) {
      queue.addFirst(retry.get(i));
    }
  }

  /** Writes the first {@code count} of the queue one transaction each. */
  private void writeSingly(Deque<Prepared> queue, int count, Set<ProfileId> lost) {
    for (int i = 0; i < count && !queue.isEmpty(); i++) {
      Prepared prepared = queue.pollFirst();
      try {
        timer.record(() -> dynamo.transactWriteItems(r -> r.transactItems(prepared.items())));
      } catch (TransactionCanceledException | TransactionConflictException e) {
        lost.add(prepared.write().profile().profileId());
      }
    }
  }

  /** Roughly the bytes of the items' string values (profile documents dominate). */
  private static long bytes(List<TransactWriteItem> items) {
    long total = 0;
    for (TransactWriteItem item : items) {
      if (item.update() != null) {
        total += size(item.update().expressionAttributeValues());
      } else if (item.put() != null) {
        total += size(item.put().item());
      }
    }
    return total;
  }

  private static long size(Map<String, AttributeValue> values) {
    long total = 0;
    for (var entry : values.entrySet()) {
      total += entry.getKey().length() + 8;
      if (entry.getValue().s() != null) {
        total += entry.getValue().s().length() * 3L; // UTF-8 at worst
      }
    }
    return total;
  }
}
