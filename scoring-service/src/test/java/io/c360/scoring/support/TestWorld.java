package io.c360.scoring.support;

import io.c360.synthetic.RetailWorld;
import io.c360.synthetic.SyntheticCustomer;
import io.c360.synthetic.WorldSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One synthetic world per test JVM (500 customers, a year of history up to now), published once as
 * identity-service publishes resolved events, and projected into scoring's history, for every
 * integration test to train and score on.
 */
public final class TestWorld {

  public static final int CUSTOMERS = 500;

  private static TestWorld instance;

  private final RetailWorld world;
  private final List<String> profileIds;

  private TestWorld(RetailWorld world, List<String> profileIds) {
    this.world = world;
    this.profileIds = List.copyOf(profileIds);
  }

  public static synchronized TestWorld stored(DynamoDbClient dynamo) {
    if (instance == null) {
      RetailWorld world = RetailWorld.generate(WorldSpec.of(7, CUSTOMERS, Instant.now()));
      List<String> ids = new ArrayList<>();
      try (StoredHistories store = new StoredHistories(dynamo)) {
        for (SyntheticCustomer customer : world.customers()) {
          String profileId = profileId(customer.customerId());
          store.publish(profileId, world.events(customer.customerId()));
          ids.add(profileId);
        }
        for (SyntheticCustomer customer : world.customers()) {
          store.awaitStored(profileId(customer.customerId()), world.events(customer.customerId()));
        }
      }
      instance = new TestWorld(world, ids);
    }
    return instance;
  }

  public static String profileId(String customerId) {
    return "world-" + customerId;
  }

  public RetailWorld world() {
    return world;
  }

  public List<String> profileIds() {
    return profileIds;
  }
}
