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

/** MODEL-JAVADOC */
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
    this.market = new Market(spec.seed(), catalog);
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
