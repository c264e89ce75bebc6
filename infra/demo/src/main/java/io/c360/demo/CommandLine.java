package io.c360.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The flags of the demo's commands ({@code --name value} or {@code --name=value}) over their
 * environment variables: what {@link DemoOptions} and {@link SoakOptions} read their numbers from.
 */
final class CommandLine {

  private CommandLine() {}

  /**
   * The values given, by option name, and whether help was asked for.
   *
   * @param values option name (without {@code --}) to its stripped text
   */
  record Values(Map<String, String> values, boolean help) {

    /**
     * The whole number given for {@code name}, else {@code fallback}; thousands separators ({@code
     * 1_500}, {@code 1,500}) are allowed.
     *
     * @throws DemoFailedException naming the flag when it is not a number or out of range
     */
    int number(String name, int fallback, int min, int max, String what) {
      String text = values.get(name);
      if (text == null) {
        return fallback;
      }
      int value;
      try {
        value = Integer.parseInt(text.replace("_", "").replace(",", ""));
      } catch (NumberFormatException e) {
        throw new DemoFailedException(
            "--" + name + " must be a whole number of " + what + ", was '" + text + "'");
      }
      if (value < min || value > max) {
        throw new DemoFailedException(
            "--%s must be %,d to %,d, was %,d".formatted(name, min, max, value));
      }
      return value;
    }
  }

  /**
   * Reads the flags: command-line flags win over the environment.
   *
   * @param variables option name to its environment variable; only these options are known
   * @param usage appended to the message of a failure
   * @throws DemoFailedException naming the flag when it is unknown or has no value
   */
  static Values read(
      List<String> args, Map<String, String> env, Map<String, String> variables, String usage) {
    Map<String, String> values = new HashMap<>();
    variables.forEach(
        (option, variable) -> {
          String value = env.get(variable);
          if (value != null && !value.isBlank()) {
            values.put(option, value.strip());
          }
        });
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("-h") || arg.equals("--help")) {
        help = true;
        continue;
      }
      if (!arg.startsWith("--")) {
        throw new DemoFailedException("unexpected argument '" + arg + "'\n" + usage);
      }
      String name = arg.substring(2);
      String value = null;
      int equals = name.indexOf('=');
      if (equals >= 0) {
        value = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (!variables.containsKey(name)) {
        throw new DemoFailedException("unknown option --" + name + "\n" + usage);
      }
      if (value == null) {
        if (i + 1 >= args.size()) {
          throw new DemoFailedException("--" + name + " needs a value\n" + usage);
        }
        value = args.get(++i);
      }
      values.put(name, value.strip());
    }
    return new Values(Map.copyOf(values), help);
  }
}
