package io.c360.identity.linkage;

import io.c360.common.event.CustomerEvent;
import io.c360.identity.fuzzy.FuzzyIndex;
import io.c360.identity.fuzzy.OfflinePerson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Batch linkage of the imported records in a batch of events: the events that carry {@code
 * context.import} (set by ingest on every row of an import) and a person to match on are linked
 * import by import with {@link BatchLinker}, against each other and against the profiles already
 * indexed. Each import keeps what its earlier batches taught the model ({@link LinkageHistory}),
 * for the last {@value #IMPORTS_REMEMBERED} imports seen.
 */
@Component
public final class ImportLinking {

  static final int IMPORTS_REMEMBERED = 32;

  private final BatchLinker linker;
  private final FuzzyIndex index;
  private final Map<String, LinkageHistory> histories =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LinkageHistory> eldest) {
          return size() > IMPORTS_REMEMBERED;
        }
      };

  /** Stripes of locks by import id: one import's batches are linked and resolved one at a time. */
  private final ReentrantLock[] stripes = new ReentrantLock[64];

  {
    Arrays.setAll(stripes, i -> new ReentrantLock());
  }

  /**
   * Runs {@code work} (linking and resolving a batch) while holding the locks of the imports in
   * {@code events}: the rows of one import reach identity on several partitions and consumer
   * threads, and a batch must see the profiles its import's earlier batches created, or two threads
   * would each create a profile for one person. Locks are taken in stripe order, so two batches
   * never wait on each other in a circle.
   */
  public <T> T whileLinking(List<CustomerEvent> events, Supplier<T> work) {
    TreeSet<Integer> held = new TreeSet<>();
    for (CustomerEvent event : events) {
      String importId = importId(event);
      if (importId != null) {
        held.add(Math.floorMod(importId.hashCode(), stripes.length));
      }
    }
    held.forEach(i -> stripes[i].lock());
    try {
      return work.get();
    } finally {
      held.descendingSet().forEach(i -> stripes[i].unlock());
    }
  }

  ImportLinking(BatchLinker linker, FuzzyIndex index) {
    this.linker = linker;
    this.index = index;
  }

  /**
   * Events of the batch (indexes into it) that are one person, where they go, and the events of
   * other groups they may be the same person as (to suggest for review once both have profiles).
   */
  public record Group(
      List<Integer> members, LinkagePlan.Target target, List<Suggestion> suggestions) {
    public Group {
      members = List.copyOf(members);
      suggestions = List.copyOf(suggestions);
    }

    public Group(List<Integer> members, LinkagePlan.Target target) {
      this(members, target, List.of());
    }
  }

  /**
   * Two events of the batch (indexes into it; {@code event} a member of the group that holds this)
   * in two groups whose people scored in the grey zone: the profiles they resolve to are suggested
   * for review.
   */
  public record Suggestion(int event, int other, double score) {}

  /** The import an event came from, or null for a streamed event. */
  public static @Nullable String importId(CustomerEvent event) {
    if (event.context() != null
        && event.context().get("import") instanceof Map<?, ?> marker
        && marker.get("id") instanceof String id) {
      return id;
    }
    return null;
  }

  /**
   * Groups the imported events of {@code events} that have a person into people; events not in any
   * group (streamed, or without a person) resolve one by one.
   */
  public List<Group> link(List<CustomerEvent> events) {
    if (!linker.properties().enabled()) {
      return List.of();
    }
    Map<String, List<Integer>> byImport = new LinkedHashMap<>();
    Map<Integer, OfflinePerson> people = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      String importId = importId(events.get(i));
      Optional<OfflinePerson> person =
          importId == null ? Optional.empty() : OfflinePerson.fromEvent(events.get(i));
      if (person.isPresent()) {
        byImport.computeIfAbsent(importId, k -> new ArrayList<>()).add(i);
        people.put(i, person.get());
      }
    }
    List<Group> groups = new ArrayList<>();
    byImport.forEach(
        (importId, indexes) -> {
          List<OfflinePerson> records = indexes.stream().map(people::get).toList();
          LinkageHistory history = history(importId);
          LinkagePlan plan;
          synchronized (history) {
            plan = linker.link(records, index, history);
          }
          Map<Integer, List<Suggestion>> suggestions = new LinkedHashMap<>();
          for (LinkagePlan.WithinBatch pair : plan.suggestions()) {
            suggestions
                .computeIfAbsent(pair.record(), r -> new ArrayList<>())
                .add(
                    new Suggestion(
                        indexes.get(pair.record()), indexes.get(pair.other()), pair.score()));
          }
          for (LinkagePlan.Cluster cluster : plan.clusters()) {
            List<Suggestion> ofCluster = new ArrayList<>();
            cluster
                .members()
                .forEach(m -> ofCluster.addAll(suggestions.getOrDefault(m, List.of())));
            groups.add(
                new Group(
                    cluster.members().stream().map(indexes::get).toList(),
                    cluster.target(),
                    ofCluster));
          }
        });
    return groups;
  }

  private LinkageHistory history(String importId) {
    synchronized (histories) {
      return histories.computeIfAbsent(importId, k -> new LinkageHistory());
    }
  }
}
