package io.c360.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.common.topic.TopicSpec;
import io.c360.common.topic.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The init scripts (run by docker-compose and by the local overlay's Jobs) create exactly the
 * topics of common's catalog and the tables the services declare, so a topic or table added fails
 * here (or, for a table's keys, in the owning service's {@code *TablesTest}) until the scripts have
 * it too.
 */
class CatalogScriptsTest {

  private static final String TOPICS_SCRIPT = "infra/docker/init/create-topics.sh";
  private static final String TABLES_SCRIPT = "infra/docker/init/create-tables.sh";
  private static final Pattern TOPIC_LINE =
      Pattern.compile("^topic (\\S+) (\\d+)((?: \\S+=\\S+)*)$", Pattern.MULTILINE);
  private static final Pattern TABLE_LINE =
      Pattern.compile("^table [a-z0-9-]+ [A-Za-z]+(?: (?:[A-Za-z]+|-))?(?: [A-Za-z]+)?$");
  private static final Pattern OWNER_LINE = Pattern.compile("^# ([a-z-]+-service)$");

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
  void groupsEveryWellFormedTableLineOnceUnderTheServiceThatOwnsIt() {
    Set<String> names = new HashSet<>();
    String owner = null;
    int tables = 0;
    for (String line : Repository.read(TABLES_SCRIPT).split("\n")) {
      Matcher header = OWNER_LINE.matcher(line);
      if (header.matches()) {
        owner = header.group(1);
        assertThat(Repository.SERVICES).as("the owner in '%s'", line).contains(owner);
        continue;
      }
      if (!line.startsWith("table ")) {
        continue;
      }
      tables++;
      assertThat(line).as("a table line").matches(TABLE_LINE);
      assertThat(owner).as("the '# <service>' line above '%s'", line).isNotNull();
      String name = line.split(" ")[1];
      assertThat(names.add(name)).as("%s is created once", name).isTrue();
    }
    assertThat(tables).isPositive();
  }

  /**
   * Each service declares its tables in its own {@code *Tables} class (one {@code new TableSpec}
   * per table, and a {@code ServiceTables} of them); the script has a group of as many lines for
   * each such service, and none for another. The service's own {@code *TablesTest} compares the
   * lines with its specs (names, keys, TTL).
   */
  @Test
  void hasAGroupOfAsManyTablesAsEachServiceDeclares() throws IOException {
    Map<String, Integer> declared = new TreeMap<>();
    for (String service : Repository.SERVICES) {
      Path sources = Repository.file(service + "/src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith("Tables.java")).toList()) {
          String source = Files.readString(file);
          if (source.contains("new ServiceTables(")) {
            int specs = source.split("new TableSpec\\(", -1).length - 1;
            declared.merge(service, specs, Integer::sum);
          }
        }
      }
    }
    Map<String, Integer> scripted = new TreeMap<>();
    String owner = null;
    for (String line : Repository.read(TABLES_SCRIPT).split("\n")) {
      Matcher header = OWNER_LINE.matcher(line);
      if (header.matches()) {
        owner = header.group(1);
        scripted.putIfAbsent(owner, 0);
      } else if (line.startsWith("table ") && owner != null) {
        scripted.merge(owner, 1, Integer::sum);
      }
    }
    assertThat(declared).as("tables declared per service").isNotEmpty();
    assertThat(scripted).as("table lines per service in " + TABLES_SCRIPT).isEqualTo(declared);
  }

  @Test
  void theLocalOverlayRunsTheSameScriptsAsDockerCompose() {
    assertThat(Repository.read("infra/k8s/overlays/local/init/create-topics.sh"))
        .isEqualTo(Repository.read(TOPICS_SCRIPT));
    assertThat(Repository.read("infra/k8s/overlays/local/init/create-tables.sh"))
        .isEqualTo(Repository.read(TABLES_SCRIPT));
  }
}
