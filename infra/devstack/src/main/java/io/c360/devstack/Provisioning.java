package io.c360.devstack;

import io.c360.common.topic.TopicSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the catalog's topics that do not exist yet; never changes existing ones. */
final class Provisioning {

  private static final long TIMEOUT_SECONDS = 60;

  private Provisioning() {}

  /** Creates every topic of {@code topics} that the broker does not have yet. */
  static void createTopics(Admin admin, List<TopicSpec> topics)
      throws InterruptedException, ExecutionException, TimeoutException {
    Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    List<NewTopic> missing =
        topics.stream()
            .filter(topic -> !existing.contains(topic.name()))
            .map(Provisioning::newTopic)
            .toList();
    if (missing.isEmpty()) {
      return;
    }
    try {
      admin.createTopics(missing).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  static NewTopic newTopic(TopicSpec topic) {
    Map<String, String> configs = new HashMap<>();
    if (topic.compacted()) {
      configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
    }
    if (topic.retention() != null) {
      configs.put(TopicConfig.RETENTION_MS_CONFIG, Long.toString(topic.retention().toMillis()));
    }
    return new NewTopic(topic.name(), Optional.of(topic.partitions()), Optional.empty())
        .configs(configs);
  }
}
