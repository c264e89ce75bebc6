package io.c360.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** The command line of every load driver: {@code --name value} pairs. */
final class BenchArgs {

  private BenchArgs() {}

  /**
   * The arguments by name. Also quiets the drivers' own Kafka clients, which log their whole
   * configuration at INFO before Spring Boot configures logging (Boot resets this when a service
   * starts).
   */
  static Map<String, String> parse(String[] argv) {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("org.apache.kafka"))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    Map<String, String> args = new LinkedHashMap<>();
    if (argv.length % 2 != 0) {
      throw new IllegalArgumentException(
          "expected --name value pairs, but '" + argv[argv.length - 1] + "' has no value");
    }
    for (int i = 0; i < argv.length; i += 2) {
      if (!argv[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value pairs, got '" + argv[i] + "'");
      }
      args.put(argv[i].substring(2), argv[i + 1]);
    }
    return args;
  }

  static int intArg(Map<String, String> args, String name, int fallback) {
    return Integer.parseInt(args.getOrDefault(name, Integer.toString(fallback)));
  }
}
