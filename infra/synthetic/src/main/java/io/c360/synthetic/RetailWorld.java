package io.c360.synthetic;

import io.c360.common.event.CustomerEvent;
import io.c360.common.identifier.IdentifierNormalizer;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A seeded synthetic retail world: a catalog, customers, a period of their events exactly as
 * ingest-service publishes them on {@code c360.events.v1}, and the true probabilities behind their
 * behaviour ({@link #truth()}). The same {@link WorldSpec} always gives the same world; customers
 * are simulated independently (in parallel) from per-customer random streams.
 *
 * <h2>Generative model</h2>
 *
 * <p><b>Latent traits</b> (fixed, never on an event; see {@code Traits}): activity {@code lnA ~
 * N(0, 0.6²)}, price sensitivity {@code s ~ U(0,1)}, loyalty {@code ℓ ~ N(0,1)}, return rate (2–27
 * % of orders refunded), store share (0, 0.3 or 0.85 of orders in a store), wishlist rate, coupon
 * rate {@code 0.05 + 0.5 s}, CSAT bias, subscriber type (45 %), household size 1–4 (basket size,
 * quantities), two favourite categories, one or two devices (30 % have two, each with its own
 * anonymousId; app devices also a deviceId), home store, and the join day (55 % exist from day 0,
 * the rest join uniformly over the period). A hidden <b>engagement</b> process {@code z} evolves
 * daily as {@code z ← 0.97 z + 0.243 ε}, {@code ε ~ N(0,1)} (stationary N(0,1)); only its effect on
 * visits makes it partly observable.
 *
 * <p><b>Daily hazards</b>, all from the state at the start of day {@code d}, with {@code σ} the
 * logistic function, {@code dso}/{@code dsv} days since the last order/visit (infinite if none),
 * {@code e_τ(x) = exp(-x/τ)} (0 when x is infinite), and counts over trailing windows:
 *
 * <pre>
 * P(order)  = min(0.6, σ(−5.4 + 0.8 lnA + 0.5 z + 0.3 ℓ
 *                      + (ordered before ? 1.5 e_21(dso) : −0.5) + 1.0 e_4(dsv)
 *                      + 0.3 min(wishlist saves in 30 d, 3) + 0.1 min(orders in 90 d, 5)
 *                      + 0.3 discountShare − 0.3 min(refunds in 90 d, 2)
 *                      − 0.5 [a CSAT ≤ 2 in 60 d] + 1.2 s [promotion day]))
 * P(cancel | subscribed)
 *           = σ(−10.2 − 0.3 ℓ − 0.3 z + 2.0 min(refunds in 90 d, 2) + 2.5 [a CSAT ≤ 2 in 60 d]
 *                + 3.5 (1 − e_90(dso)) + 2.5 (1 − e_60(dsv)) + 2.0 discountShare
 *                + 2.0 e_45(days subscribed))
 * P(visit)  = σ(−3.6 + 0.9 lnA + 0.7 z + 0.6 e_7(dso) + 0.4 [subscribed])   (always on the join day)
 * P(ticket) = 0.0015 + 0.05 [refund pending or in last 10 d] + 0.006 [order in last 7 d]
 *                    + 0.002 [subscribed]
 * P(subscribe | subscriber type, not subscribed) = 0.012 (0.002 after a cancellation)
 * </pre>
 *
 * <p>discountShare is the share of the customer's orders that used a coupon; promotion days are
 * about one day in twenty, drawn from the seed. Given an order: online with probability {@code 1 −
 * storeShare} (a session on one device: product pages, Product Viewed and Product Added per line,
 * cart, login if the device is still anonymous, checkout, Order Completed), else in a store (source
 * {@code pos}, loyaltyId only); a coupon of 10–20 % with the coupon rate; refunded in full 3–21
 * days later with the return rate. A visit is a browsing session (page or screen views, 1–4 Product
 * Viewed, sometimes Product Added, a wishlist save with the wishlist rate, and a login with
 * probability 0.25 — 0.5 on the join day — while the device is anonymous). Subscriptions renew
 * every 30 days until cancelled. A ticket's topic follows recent refunds, orders and the
 * subscription; its CSAT is {@code round(3.9 + 0.5 ℓ + bias − 0.8 [returns topic] + N(0,1))}
 * clamped to 1–5. Churn is driven mostly by what the history shows (lapsed orders and visits,
 * refunds, a low CSAT, discount habit, a young subscription); the hidden loyalty and engagement
 * terms are kept small but non-zero, so the best possible AUC stays well below 1. Every draw of a
 * day is independent given the state at its start; the state is updated at the end of the day.
 *
 * <h2>Ground truth</h2>
 *
 * <p>{@link #truth()} re-runs the customer's simulation (same seed, no events written) up to the
 * start of the cutoff's day, then branches 200 futures with independent random streams over the
 * window. In each future the label event is not drawn; its daily hazard {@code h_d} is read off and
 * the survival {@code Π (1 − h_d)} accumulated while all other events happen as usual; the
 * probability is {@code 1 − mean survival}. Since the day's draws are independent given its
 * starting state this is the exact conditional probability up to Monte Carlo error (and with far
 * less error than counting events in the futures). Churn is NaN when no subscription is active at
 * the cutoff.
 *
 * <h2>Base rates</h2>
 *
 * <p>Measured on a 20,000-customer, 365-day world (seed 99) at cutoffs on days 150, 200 and 270:
 * among customers with an earlier order, 36.3 % order within 30 days (mean true probability 36.1 %;
 * AUC of the true probability, the best any model can do, 0.79); among active subscribers, 27.7 %
 * cancel within 90 days (mean true probability 26.8 %; best AUC 0.75). About 40 % of customers
 * subscribe at some point; about 127 events per customer-year. Realised rates per 0.1 bin of the
 * true probability are within 0.015 of the bin's mean probability wherever a bin has 900 or more
 * rows.
 */
public final class RetailWorld {

  private static final long IDENTITY = 1;
  private static final long DYNAMICS = 2;
  private static final long DETAILS = 3;

  private final WorldSpec spec;
  private final List<Product> catalog;
  private final Market market;
  private final Person[] people;
  private final Traits[] traits;
  private final Timeline[] timelines;
  private final List<SyntheticCustomer> customers;
  private final Map<String, Integer> indexById;
  private final EventFactory factory;
  private final GroundTruth truth;

  private RetailWorld(WorldSpec spec) {
    this.spec = spec;
    this.catalog = Catalog.generate(spec.seed(), spec.products());
    this.market = new Market(spec.seed(), catalog, spec.repeatProfile());
    int n = spec.customers();
    this.people = new Person[n];
    this.traits = new Traits[n];
    this.timelines = new Timeline[n];
    IdentifierNormalizer normalizer = new IdentifierNormalizer("US");
    IntStream.range(0, n).parallel().forEach(i -> simulate(i, normalizer));
    this.customers = Arrays.stream(people).map(Person::customer).toList();
    this.indexById = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      indexById.put(customers.get(i).customerId(), i);
    }
    this.factory = new EventFactory(spec, catalog, normalizer);
    this.truth = new SimulatedGroundTruth(this);
  }

  /** Generates the world the spec describes; the same spec always gives the same world. */
  public static RetailWorld generate(WorldSpec spec) {
    return new RetailWorld(spec);
  }

  private void simulate(int i, IdentifierNormalizer normalizer) {
    Rng identity = new Rng(Rng.seed(spec.seed(), i, IDENTITY));
    Traits t = Traits.draw(identity, spec.days());
    traits[i] = t;
    people[i] = Person.draw(i, identity, t.platforms(), normalizer);
    Life life = new Life(t, market, Rng.seed(spec.seed(), i, DETAILS));
    Rng rng = new Rng(Rng.seed(spec.seed(), i, DYNAMICS));
    Timeline timeline = new Timeline();
    for (int d = 0; d < spec.days(); d++) {
      life.day(d, rng, timeline, Life.Label.NONE);
    }
    timeline.seal();
    timelines[i] = timeline;
  }

  /** The customer's life re-simulated, without events, up to the start of {@code day}. */
  Life replay(int index, int day) {
    Life life = new Life(traits[index], market, Rng.seed(spec.seed(), index, DETAILS));
    Rng rng = new Rng(Rng.seed(spec.seed(), index, DYNAMICS));
    for (int d = 0; d < day; d++) {
      life.day(d, rng, null, Life.Label.NONE);
    }
    return life;
  }

  int indexOf(String customerId) {
    Integer index = indexById.get(customerId);
    if (index == null) {
      throw new IllegalArgumentException("no customer " + customerId + " in this world");
    }
    return index;
  }

  public WorldSpec spec() {
    return spec;
  }

  /** The end of the simulated period (exclusive): {@code start + days}. */
  public Instant end() {
    return spec.end();
  }

  public List<Product> catalog() {
    return catalog;
  }

  public List<SyntheticCustomer> customers() {
    return customers;
  }

  /** The customer with this id. */
  public SyntheticCustomer customer(String customerId) {
    return customers.get(indexOf(customerId));
  }

  /** That customer's events, ascending by timestamp; built on each call from a compact form. */
  public List<CustomerEvent> events(String customerId) {
    int i = indexOf(customerId);
    return factory.events(i, people[i], traits[i], timelines[i]);
  }

  /**
   * Every event, ascending by timestamp (ties by customer). Holds all events in memory at once: for
   * large worlds prefer {@link #eventStream()}.
   */
  public List<CustomerEvent> allEvents() {
    return eventStream().toList();
  }

  /**
   * Every event, ascending by timestamp (ties by customer), built lazily as the stream is consumed,
   * so a 100,000-customer world can be replayed in constant extra memory.
   */
  public Stream<CustomerEvent> eventStream() {
    Iterator<CustomerEvent> merged = new MergedEvents();
    return StreamSupport.stream(
        Spliterators.spliterator(
            merged, eventCount(), Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.SIZED),
        false);
  }

  /** How many events the world holds. */
  public long eventCount() {
    long count = 0;
    for (Timeline timeline : timelines) {
      count += timeline.size();
    }
    return count;
  }

  public GroundTruth truth() {
    return truth;
  }

  /** A k-way merge of the customers' timelines by time. */
  private final class MergedEvents implements Iterator<CustomerEvent> {
    private final PriorityQueue<EventFactory.Cursor> queue =
        new PriorityQueue<>(
            Math.max(1, timelines.length),
            Comparator.comparingLong(EventFactory.Cursor::peekSecond)
                .thenComparingInt(EventFactory.Cursor::index));

    MergedEvents() {
      for (int i = 0; i < timelines.length; i++) {
        EventFactory.Cursor cursor = factory.cursor(i, people[i], traits[i], timelines[i]);
        if (cursor.hasNext()) {
          queue.add(cursor);
        }
      }
    }

    @Override
    public boolean hasNext() {
      return !queue.isEmpty();
    }

    @Override
    public CustomerEvent next() {
      EventFactory.Cursor cursor = queue.poll();
      if (cursor == null) {
        throw new NoSuchElementException();
      }
      CustomerEvent event = cursor.next();
      if (cursor.hasNext()) {
        queue.add(cursor);
      }
      return event;
    }
  }
}
