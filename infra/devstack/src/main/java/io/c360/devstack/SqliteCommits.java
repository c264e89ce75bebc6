package io.c360.devstack;

import com.almworks.sqlite4java.SQLiteConnection;
import com.almworks.sqlite4java.SQLiteException;
import com.almworks.sqlite4java.SQLiteJob;
import com.almworks.sqlite4java.SQLiteQueue;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Makes DynamoDB Local's on-disk database commit without an fsync per request.
 *
 * <p>DynamoDB Local keeps a {@code -dbPath} database in one SQLite file, written by a single queue
 * thread, with SQLite's defaults: a rollback journal and {@code synchronous=FULL}, so every request
 * waits for several fsyncs. On this project's 2-core machine that caps it at about 80 items/s
 * (BatchWriteItem) against about 670 in memory, and it is what bound {@code ./c360 demo}. Switching
 * the file to write-ahead logging with {@code synchronous=NORMAL} keeps what a local stack needs —
 * a killed process loses no committed write and the file stays consistent; only a power cut may
 * lose the last commits — and removes the fsync from every commit.
 *
 * <p>DynamoDB Local offers no option for this, so the queue is found by walking the server's own
 * objects (DynamoDB Local's classes, maps and collections only). When a future DynamoDB Local is
 * shaped differently, nothing is changed and {@link #apply} says so: the stack still works, only
 * slower.
 */
final class SqliteCommits {

  private static final String DYNAMODB_LOCAL = "com.amazonaws.services.dynamodbv2.local.";
  private static final int MAX_DEPTH = 8;

  private SqliteCommits() {}

  /**
   * Switches the SQLite queue reachable from {@code server} (after its first request, when the
   * database is open) to WAL with {@code synchronous=NORMAL}.
   *
   * @return the journal mode in force, or empty when no queue was found
   */
  static Optional<String> apply(Object server) throws SQLiteException {
    Optional<SQLiteQueue> queue = find(server);
    if (queue.isEmpty()) {
      return Optional.empty();
    }
    String mode =
        queue
            .get()
            .execute(
                new SQLiteJob<String>() {
                  @Override
                  protected String job(SQLiteConnection connection) throws SQLiteException {
                    var statement = connection.prepare("PRAGMA journal_mode=WAL");
                    try {
                      statement.step();
                      String journal = statement.columnString(0);
                      connection.exec("PRAGMA synchronous=NORMAL");
                      return journal;
                    } finally {
                      statement.dispose();
                    }
                  }
                })
            .complete();
    return Optional.ofNullable(mode);
  }

  /** The first {@link SQLiteQueue} reachable from {@code root} through DynamoDB Local's objects. */
  static Optional<SQLiteQueue> find(Object root) {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.add(new Object[] {root, 0});
    while (!todo.isEmpty()) {
      Object[] next = todo.poll();
      Object object = next[0];
      int depth = (Integer) next[1];
      if (object instanceof SQLiteQueue queue) {
        return Optional.of(queue);
      }
      if (depth >= MAX_DEPTH || !seen.add(object)) {
        continue;
      }
      for (Object child : children(object)) {
        todo.add(new Object[] {child, depth + 1});
      }
    }
    return Optional.empty();
  }

  private static Collection<?> children(Object object) {
    if (object instanceof Map<?, ?> map) {
      return map.values();
    }
    if (object instanceof Collection<?> collection) {
      return collection;
    }
    if (!object.getClass().getName().startsWith(DYNAMODB_LOCAL)) {
      return java.util.List.of();
    }
    java.util.List<Object> values = new java.util.ArrayList<>();
    for (Class<?> type = object.getClass();
        type != null && type.getName().startsWith(DYNAMODB_LOCAL);
        type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()) {
          continue;
        }
        Object value = read(field, object);
        if (value != null) {
          values.add(value);
        }
      }
    }
    return values;
  }

  private static @Nullable Object read(Field field, Object owner) {
    try {
      field.setAccessible(true);
      return field.get(owner);
    } catch (ReflectiveOperationException | RuntimeException inaccessible) {
      return null;
    }
  }
}
