package io.c360.devstack.test;

import io.c360.platform.table.TableSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tables the init script {@code infra/docker/init/create-tables.sh} creates, by owner: its
 * {@code table NAME PARTITION_KEY [SORT_KEY|-] [TTL_ATTRIBUTE]} lines, grouped under a {@code #
 * <service>} line. A service's test compares its group with the tables it declares, so a table
 * added to a service fails that service's build until the script (for deployments that create
 * tables up front) has it too.
 */
public final class InitScriptTables {

  /** The script, relative to the repository root. */
  public static final String SCRIPT = "infra/docker/init/create-tables.sh";

  private static final Pattern OWNER = Pattern.compile("^# ([a-z]+(?:-[a-z]+)*-service)$");
  private static final Pattern TABLE =
      Pattern.compile("^table ([a-z0-9-]+) ([A-Za-z]+)(?: ([A-Za-z]+|-))?(?: ([A-Za-z]+))?$");

  private InitScriptTables() {}

  /** The tables of the script under {@code # service}, in script order; empty if none. */
  public static List<TableSpec> of(String service) {
    return parse(read()).getOrDefault(service, List.of());
  }

  /**
   * Every group of {@code script}: owner to its tables, in script order.
   *
   * @throws IllegalArgumentException for a {@code table} line that is malformed or under no owner
   */
  public static Map<String, List<TableSpec>> parse(String script) {
    Map<String, List<TableSpec>> groups = new LinkedHashMap<>();
    @Nullable String owner = null;
    int number = 0;
    for (String line : script.split("\n", -1)) {
      number++;
      Matcher header = OWNER.matcher(line);
      if (header.matches()) {
        owner = header.group(1);
        groups.computeIfAbsent(owner, o -> new ArrayList<>());
        continue;
      }
      if (!line.startsWith("table ")) {
        continue;
      }
      Matcher table = TABLE.matcher(line);
      if (!table.matches()) {
        throw new IllegalArgumentException("line " + number + " is not a table line: " + line);
      }
      if (owner == null) {
        throw new IllegalArgumentException("line " + number + " has no '# <service>' above it");
      }
      String sortKey = table.group(3);
      groups
          .get(owner)
          .add(
              new TableSpec(
                  table.group(1),
                  table.group(2),
                  sortKey == null || sortKey.equals("-") ? null : sortKey,
                  table.group(4)));
    }
    return groups;
  }

  /** The script's text, found from the working directory upwards (a module or the root). */
  public static String read() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve(SCRIPT))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(SCRIPT + " not found above " + Path.of("").toAbsolutePath());
    }
    try {
      return Files.readString(dir.resolve(SCRIPT));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
