package io.c360.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What operations.md tells an operator to look for exists: every consumer group it names is one a
 * service's listener really joins (its {@code groupId}, else its {@code id}).
 */
class OperationsDocTest {

  private static final Pattern LISTENER_GROUP =
      Pattern.compile("(?:groupId|id) = \"([a-z][a-z0-9-]*)(?:-\\$\\{[^}]+})?\"");

  @Test
  void everyConsumerGroupTheOperationsPageNamesIsOneAListenerJoins() throws IOException {
    Set<String> groups = listenerGroups();
    String page = Files.readString(Repository.file("docs/operations.md"));
    List<String> named = named(page);

    assertThat(named).contains("identity-resolution", "scoring-profile-changes");
    for (String group : named) {
      assertThat(groups)
          .as("consumer group `%s` named in docs/operations.md", group)
          .anyMatch(g -> g.equals(group) || group.startsWith(g + "-<"));
    }
  }

  /** The groups in "consumer group `x`" and in the "Consumer groups" paragraph. */
  private static List<String> named(String page) {
    List<String> names = new java.util.ArrayList<>();
    Matcher single = Pattern.compile("consumer group `([^`]+)`").matcher(page);
    while (single.find()) {
      names.add(single.group(1));
    }
    int start = page.indexOf("- **Consumer groups**");
    int end = page.indexOf("\n- **", start + 1);
    Matcher listed = Pattern.compile("`([a-z][a-z0-9<> -]*)`").matcher(page.substring(start, end));
    while (listed.find()) {
      if (!listed.group(1).startsWith("c360")) {
        names.add(listed.group(1));
      }
    }
    return names;
  }

  private static Set<String> listenerGroups() throws IOException {
    Set<String> groups = new HashSet<>();
    for (String service : Repository.SERVICES) {
      Path sources = Repository.file(service + "/src/main/java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String text = Files.readString(file);
          if (!text.contains("@KafkaListener")) {
            continue;
          }
          Matcher m = LISTENER_GROUP.matcher(text);
          while (m.find()) {
            groups.add(m.group(1));
          }
        }
      }
    }
    return groups;
  }
}
