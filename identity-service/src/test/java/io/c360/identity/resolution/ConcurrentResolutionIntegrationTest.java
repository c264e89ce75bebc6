package io.c360.identity.resolution;

import static io.c360.identity.support.Events.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.event.CustomerEvent;
import io.c360.common.identifier.Identifier;
import io.c360.common.profile.LinkedIdentifier;
import io.c360.identity.IdentityIntegrationTest;
import io.c360.identity.pipeline.ChangePublisher;
import io.c360.identity.pipeline.EventPipeline;
import io.c360.identity.support.Events;
import io.c360.identity.timeline.TimelineStore;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Four threads resolve the events of the same customers at once, in shuffled orders, through the
 * real pipeline and DynamoDB Local: every customer must end as exactly one profile holding all of
 * their identifiers.
 */
class ConcurrentResolutionIntegrationTest extends IdentityIntegrationTest {

  @Autowired EventPipeline pipeline;
  @Autowired IdentityStore store;
  @Autowired ResolutionProperties rules;
  @Autowired TimelineStore timeline;
  @Autowired ChangePublisher publisher;

  /**
   * Two instances of the service (two resolvers, each with its own cache, two pipelines) take
   * overlapping batches of the same customers at once, as two replicas would during a rebalance:
   * each batch's new profiles and links are written grouped at the end, so the two race on claims
   * and versions in whole transactions. Every customer must still end as one profile with all of
   * their identifiers and every event applied exactly once.
   */
  @Test
  void twoInstancesResolvingTheSameCustomersInBatchesNeverForkOne() throws Exception {
    int customers = 40;
    List<List<Identifier>> identities = new ArrayList<>();
    List<CustomerEvent> events = new ArrayList<>();
    customersWithLinkingEvents(customers, identities, events);
    Collections.shuffle(events, new Random(11));
    List<EventPipeline> instances = List.of(instance(), instance());
    ExecutorService pool = Executors.newFixedThreadPool(instances.size());
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < instances.size(); t++) {
        EventPipeline instance = instances.get(t);
        // each instance sees every event, in batches of 25 and in its own order
        List<CustomerEvent> own = new ArrayList<>(events);
        Collections.shuffle(own, new Random(t));
        done.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < own.size(); i += 25) {
                    instance.process(own.subList(i, Math.min(own.size(), i + 25)));
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertOneProfilePerCustomer(identities, 7);
  }

  private EventPipeline instance() {
    IdentityResolver resolver =
        new IdentityResolver(store, rules, OfflineMatching.NONE, Clock.systemUTC());
    return new EventPipeline(
        resolver, null, store, timeline, publisher, Clock.systemUTC(), new SimpleMeterRegistry());
  }

  /** Customers of five identifiers each, and seven events per customer that connect all five. */
  private static void customersWithLinkingEvents(
      int customers, List<List<Identifier>> identities, List<CustomerEvent> events) {
    Instant now = Instant.now();
    for (int c = 0; c < customers; c++) {
      Identifier user = Events.userId(unique("user"));
      Identifier email = Events.email(unique("c") + "@example.com");
      Identifier anonWeb = Events.anonymousId(unique("anon"));
      Identifier anonApp = Events.anonymousId(unique("anon"));
      Identifier loyalty = Events.loyaltyId(unique("L"));
      identities.add(List.of(user, email, anonWeb, anonApp, loyalty));
      // each event links two of the customer's identifiers; together they connect all five
      List<List<Identifier>> pairs =
          List.of(
              List.of(anonWeb),
              List.of(anonApp),
              List.of(loyalty),
              List.of(anonWeb, email),
              List.of(anonApp, user),
              List.of(loyalty, email),
              List.of(user, email));
      for (List<Identifier> pair : pairs) {
        events.add(Events.track(now.minusSeconds(events.size()), "Product Viewed", pair));
      }
    }
  }

  private void assertOneProfilePerCustomer(List<List<Identifier>> identities, int eventsEach) {
    Set<ProfileId> all = new HashSet<>();
    for (List<Identifier> ids : identities) {
      Set<ProfileId> profiles = new HashSet<>();
      Map<String, IdentityLink> links = store.findLinks(ids.stream().map(Identifier::key).toList());
      assertThat(links).as("every identifier is linked").hasSize(ids.size());
      links.values().forEach(l -> profiles.add(l.profileId()));
      assertThat(profiles).as("one profile per customer").hasSize(1);
      StoredProfile profile = store.loadProfile(profiles.iterator().next()).orElseThrow();
      assertThat(profile.isActive()).isTrue();
      assertThat(profile.identifierKeys())
          .containsExactlyInAnyOrderElementsOf(ids.stream().map(Identifier::key).toList());
      assertThat(profile.recentMessageIds())
          .as("every event applied once")
          .hasSize(eventsEach)
          .doesNotHaveDuplicates();
      all.add(profile.profileId());
    }
    assertThat(all).as("no two customers share a profile").hasSize(identities.size());
  }

  @Test
  void concurrentResolutionNeverForksACustomerNorLosesALink() throws Exception {
    int customers = 30;
    List<List<Identifier>> identities = new ArrayList<>();
    List<CustomerEvent> events = new ArrayList<>();
    customersWithLinkingEvents(customers, identities, events);
    Collections.shuffle(events, new Random(7));
    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        done.add(
            pool.submit(
                () -> {
                  for (int i = offset; i < events.size(); i += threads) {
                    pipeline.process(List.of(events.get(i)));
                  }
                }));
      }
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertOneProfilePerCustomer(identities, 7);
  }

  /**
   * Another replica merged C into B but has not yet re-keyed C's identifiers: an event carrying A's
   * and C's identifiers must follow C to B and merge B into the older A, naming C's identifier.
   */
  @Test
  void anEventWhoseLinkLeadsThroughAMergeStillMergesTheProfileItReaches() {
    Instant t = Instant.now().minusSeconds(600);
    Identifier a = Events.email(unique("a") + "@example.com");
    Identifier b = Events.loyaltyId(unique("L"));
    Identifier c = Events.anonymousId(unique("anon"));
    StoredProfile older = created(t, a);
    StoredProfile middle = created(t.plusSeconds(60), b);
    StoredProfile newer = created(t.plusSeconds(120), c);
    store.update(
        newer.withStatus(ProfileStatus.MERGED, middle.profileId()).nextVersion(t.plusSeconds(180)),
        List.of());

    pipeline.process(List.of(Events.track(Instant.now(), "Product Viewed", List.of(a, c))));

    StoredProfile survivor = store.loadProfile(older.profileId()).orElseThrow();
    assertThat(survivor.isActive()).isTrue();
    assertThat(survivor.identifierKeys()).contains(a.key(), b.key());
    assertThat(store.loadProfile(middle.profileId()).orElseThrow().mergedInto())
        .as("the profile reached through the merge is merged into the older one")
        .isEqualTo(older.profileId());
    assertThat(survivor.recentMessageIds()).as("the event is applied").hasSize(1);
  }

  private StoredProfile created(Instant at, Identifier id) {
    StoredProfile profile =
        StoredProfile.create(ProfileId.random(), at)
            .withIdentifiers(List.of(new LinkedIdentifier(id, at, "event", unique("m"))));
    store.create(profile);
    return profile;
  }
}
