package io.c360.identity.pipeline;

import io.c360.common.event.CustomerEvent;
import io.c360.identity.linkage.ImportLinking;
import io.c360.identity.linkage.LinkagePlan;
import io.c360.identity.resolution.IdentityResolver;
import io.c360.identity.resolution.OfflineMatching;
import io.c360.identity.resolution.PollContext;
import io.c360.identity.resolution.ProfileId;
import io.c360.identity.resolution.Resolution;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.jspecify.annotations.Nullable;

/**
 * Resolves a batch of events. The rows of an import are first linked as a batch ({@link
 * ImportLinking}: block, compare, score, cluster, in memory); each cluster is then resolved in
 * order, its first record with the cluster's decision (an existing profile, suggestions, or a new
 * profile) and the others onto the profile the first one went to. Every other event resolves on its
 * own, those of one Kafka key in order. Tasks run in parallel, at most {@value #RESOLVERS} at once:
 * resolution waits on DynamoDB round trips, and resolvers working on the same customer at once are
 * safe (their writes are conditional), only slower.
 */
final class BatchResolution {

  private static final int RESOLVERS = 16;

  private final IdentityResolver resolver;
  private final @Nullable ImportLinking linking;

  BatchResolution(IdentityResolver resolver, @Nullable ImportLinking linking) {
    this.resolver = resolver;
    this.linking = linking;
  }

  /** One unit of work: events resolved one after another. */
  private record Task(List<Integer> events, LinkagePlan.@Nullable Target cluster) {}

  /** What resolving {@code events} needs to know, looked up and loaded in batches. */
  PollContext prepare(List<CustomerEvent> events) {
    return resolver.prepare(events);
  }

  /**
   * What a batch resolved to: each event's resolution, and the grey-zone pairs of one import's rows
   * to suggest for review once their profiles are written.
   */
  record Resolved(List<Resolution> resolutions, List<InBatchSuggestion> suggestions) {}

  /** Two rows of one batch that may be one person: {@code profile}'s row {@code event}. */
  record InBatchSuggestion(ProfileId profile, CustomerEvent event, ProfileId other, double score) {}

  Resolved resolveAll(List<CustomerEvent> events, PollContext poll) {
    return linking == null
        ? resolve(events, poll)
        : linking.whileLinking(events, () -> resolve(events, poll));
  }

  private Resolved resolve(List<CustomerEvent> events, PollContext poll) {
    Resolution[] results = new Resolution[events.size()];
    List<Task> tasks = new ArrayList<>();
    Set<Integer> clustered = new HashSet<>();
    List<ImportLinking.Group> groups = linking == null ? List.of() : linking.link(events);
    if (linking != null) {
      for (ImportLinking.Group group : groups) {
        tasks.add(new Task(group.members(), group.target()));
        clustered.addAll(group.members());
      }
    }
    Map<String, List<Integer>> byKey = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      if (!clustered.contains(i)) {
        byKey.computeIfAbsent(events.get(i).partitionKey(), k -> new ArrayList<>()).add(i);
      }
    }
    byKey.values().forEach(indexes -> tasks.add(new Task(indexes, null)));
    if (tasks.size() == 1) {
      run(tasks.getFirst(), events, results, poll);
    } else {
      runAll(tasks, events, results, poll);
    }
    return new Resolved(List.of(results), suggestionsWithin(groups, events, results));
  }

  /** Grey-zone pairs of one import's rows that went to two profiles. */
  private static List<InBatchSuggestion> suggestionsWithin(
      List<ImportLinking.Group> groups, List<CustomerEvent> events, Resolution[] results) {
    List<InBatchSuggestion> suggestions = new ArrayList<>();
    for (ImportLinking.Group group : groups) {
      for (ImportLinking.Suggestion s : group.suggestions()) {
        if (results[s.event()] instanceof Resolution.Resolved a
            && results[s.other()] instanceof Resolution.Resolved b
            && !a.profileId().equals(b.profileId())) {
          suggestions.add(
              new InBatchSuggestion(
                  a.profileId(), events.get(s.event()), b.profileId(), s.score()));
        }
      }
    }
    return suggestions;
  }

  private void runAll(
      List<Task> tasks, List<CustomerEvent> events, Resolution[] results, PollContext poll) {
    Semaphore slots = new Semaphore(RESOLVERS);
    try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<?>> futures = new ArrayList<>();
      for (Task task : tasks) {
        futures.add(
            executor.submit(
                () -> {
                  slots.acquireUninterruptibly();
                  try {
                    run(task, events, results, poll);
                  } finally {
                    slots.release();
                  }
                }));
      }
      for (Future<?> future : futures) {
        await(future);
      }
    }
  }

  private void run(Task task, List<CustomerEvent> events, Resolution[] results, PollContext poll) {
    OfflineMatching.@Nullable Match hint = task.cluster() == null ? null : hint(task.cluster());
    for (int i : task.events()) {
      Resolution resolution = resolver.resolve(events.get(i), hint, poll);
      results[i] = resolution;
      if (task.cluster() != null && resolution instanceof Resolution.Resolved resolved) {
        hint = new OfflineMatching.Linked(resolved.profileId(), 1.0);
      }
    }
  }

  private static OfflineMatching.Match hint(LinkagePlan.Target target) {
    return switch (target) {
      case LinkagePlan.ExistingProfile p ->
          new OfflineMatching.Linked(ProfileId.of(p.profileId()), p.score());
      case LinkagePlan.Suggested s ->
          new OfflineMatching.Suggested(
              s.profileIds().stream().map(ProfileId::of).toList(), s.scores());
      case LinkagePlan.NewProfile n -> new OfflineMatching.NoMatch();
    };
  }

  private static void await(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while resolving", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
