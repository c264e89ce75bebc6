package io.c360.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far every consumer group of the broker is behind, from Kafka's admin API: each group's
 * committed offsets against the end offsets of the partitions it has committed on. Shared by the
 * platform benchmark (is everything caught up?) and the soak run (does any lag grow?).
 */
final class ConsumerLag {

  private ConsumerLag() {}

  /**
   * One consumer group.
   *
   * @param state Kafka's state of the group ({@code Stable}, {@code Empty} when no consumer is
   *     connected, ...), or {@code unknown}
   * @param behind records between its committed offsets and the ends of those partitions
   */
  record Group(String groupId, String state, long behind) {

    /** Whether a consumer reads for this group now (an empty group's lag never falls). */
    boolean active() {
      return !state.equalsIgnoreCase("empty") && !state.equalsIgnoreCase("dead");
    }
  }

  /**
   * Every group at one moment.
   *
   * @param behind the sum over every group
   * @param groups by group id, in name order
   * @param ends the end offset of every partition some group has committed on
   */
  record Snapshot(long behind, Map<String, Group> groups, Map<TopicPartition, Long> ends) {

    /** The groups that are behind, with how far: what a progress line prints. */
    Map<String, Long> behindByGroup() {
      Map<String, Long> byGroup = new TreeMap<>();
      groups.values().stream()
          .filter(g -> g.behind() > 0)
          .forEach(g -> byGroup.put(g.groupId(), g.behind()));
      return byGroup;
    }
  }

  /** An admin client of the platform's broker; the caller closes it. */
  static Admin admin(DemoSettings settings, String clientId) {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.kafkaBootstrapServers());
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
    return Admin.create(config);
  }

  /** Reads every consumer group's lag now. */
  static Snapshot read(Admin admin) {
    try {
      Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new TreeMap<>();
      Map<String, String> states = new HashMap<>();
      for (ConsumerGroupListing group :
          admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS)) {
        states.put(group.groupId(), group.groupState().map(Object::toString).orElse("unknown"));
        committed.put(
            group.groupId(),
            admin
                .listConsumerGroupOffsets(group.groupId())
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS));
      }
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      committed.values().forEach(m -> m.keySet().forEach(p -> latest.put(p, OffsetSpec.latest())));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS);
      long behind = 0;
      Map<String, Group> groups = new TreeMap<>();
      for (var group : committed.entrySet()) {
        long groupBehind = 0;
        for (var partition : group.getValue().entrySet()) {
          long end = ends.get(partition.getKey()).offset();
          long at = partition.getValue() == null ? 0 : partition.getValue().offset();
          groupBehind += Math.max(0, end - at);
        }
        groups.put(
            group.getKey(), new Group(group.getKey(), states.get(group.getKey()), groupBehind));
        behind += groupBehind;
      }
      Map<TopicPartition, Long> endOffsets = new HashMap<>();
      ends.forEach((p, info) -> endOffsets.put(p, info.offset()));
      return new Snapshot(behind, groups, endOffsets);
    } catch (ExecutionException | TimeoutException e) {
      throw new DemoFailedException("Kafka did not give the consumer groups' offsets: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DemoFailedException("interrupted", e);
    }
  }
}
