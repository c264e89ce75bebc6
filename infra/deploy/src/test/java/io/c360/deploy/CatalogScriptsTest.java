package io.c360.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.TopicSpec;
import io.c360.common.topic.Topics;
import io.c360.platform.table.TableSpec;
import io.c360.platform.table.Tables;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The init scripts (run by docker-compose and by the local overlay's Jobs) create exactly the
 * topics and tables of common's catalog, so a topic or table added there fails here until the
 * scripts have it too.
 */
class CatalogScriptsTest {

  private static final String TOPICS_SCRIPT = "infra/docker/init/create-topics.sh";
  private static final String TABLES_SCRIPT = "infra/docker/init/create-tables.sh";
  private static final Pattern TOPIC_LINE =
      Pattern.compile("^topic (\\S+) (\\d+)((?: \\S+=\\S+)*)$", Pattern.MULTILINE);
  private static final Pattern TABLE_LINE =
      Pattern.compile("^table (\\S+) (\\S+)(?: (\\S+))?(?: (\\S+))?$", Pattern.MULTILINE);

  @Test
  void createsEveryTopicOfTheCatalogWithItsPartitionsAndRetention() {
    List<String> expected = new ArrayList<>();
    for (TopicSpec topic : Topics.ALL) {
      StringBuilder line = new StringBuilder(topic.name() + " " + topic.partitions());
      if (topic.compacted()) {
        line.append(" cleanup.policy=compact");
      }
      if (topic.retention() != null) {
        line.append(" retention.ms=").append(topic.retention().toMillis());
      }
      expected.add(line.toString());
    }
    List<String> scripted = new ArrayList<>();
    Matcher matcher = TOPIC_LINE.matcher(Repository.read(TOPICS_SCRIPT));
    while (matcher.find()) {
      scripted.add(matcher.group(1) + " " + matcher.group(2) + matcher.group(3));
    }
    assertThat(scripted).containsExactlyElementsOf(expected);
  }

  @Test
  void createsEveryTableOfTheCatalogWithItsKeysAndTimeToLive() {
    List<String> expected = new ArrayList<>();
    for (TableSpec table : Tables.ALL) {
      String sortKey = table.sortKey() == null ? "-" : table.sortKey();
      String ttl = table.ttlAttribute() == null ? "" : table.ttlAttribute();
      expected.add((table.name() + " " + table.partitionKey() + " " + sortKey + " " + ttl).trim());
    }
    List<String> scripted = new ArrayList<>();
    Matcher matcher = TABLE_LINE.matcher(Repository.read(TABLES_SCRIPT));
    while (matcher.find()) {
      String sortKey = matcher.group(3) == null ? "-" : matcher.group(3);
      String ttl = matcher.group(4) == null ? "" : matcher.group(4);
      scripted.add((matcher.group(1) + " " + matcher.group(2) + " " + sortKey + " " + ttl).trim());
    }
    assertThat(scripted).containsExactlyElementsOf(expected);
  }

  @Test
  void theLocalOverlayRunsTheSameScriptsAsDockerCompose() {
    assertThat(Repository.read("infra/k8s/overlays/local/init/create-topics.sh"))
        .isEqualTo(Repository.read(TOPICS_SCRIPT));
    assertThat(Repository.read("infra/k8s/overlays/local/init/create-tables.sh"))
        .isEqualTo(Repository.read(TABLES_SCRIPT));
  }
}
