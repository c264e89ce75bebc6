package io.c360.devstack;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@link DevStackMain}.
 *
 * @param dataDir where Kafka ({@code kafka/}) and DynamoDB Local ({@code dynamodb/}) keep their
 *     data across restarts, or null to keep everything in memory / a temporary directory
 * @param kafkaPort the Kafka client port
 * @param dynamoDbPort the DynamoDB Local HTTP port
 * @param controllerPort the KRaft controller port, or 0 for any free port
 * @param exitOnStdinClose exit when standard input closes, i.e. when the parent process is gone
 */
record DevStackArguments(
    @Nullable Path dataDir,
    int kafkaPort,
    int dynamoDbPort,
    int controllerPort,
    boolean exitOnStdinClose) {

  static final String USAGE =
      """
      Usage: DevStackMain [--in-memory | --data-dir DIR] [--kafka-port N] [--dynamodb-port N]
                          [--controller-port N] [--exit-on-stdin-close]
        --in-memory            keep everything in memory / a temporary directory (the default)
        --data-dir DIR         keep Kafka logs in DIR/kafka and DynamoDB data in DIR/dynamodb
        --kafka-port N         Kafka client port (default 9092)
        --dynamodb-port N      DynamoDB Local port (default 8000)
        --controller-port N    KRaft controller port (default: a free port)
        --exit-on-stdin-close  stop when standard input is closed (used by the test launcher)
      """;

  /**
   * Parses {@code args}; options take their value as the next argument or after {@code =}.
   *
   * @throws IllegalArgumentException with a message for the user when an argument is wrong
   */
  static DevStackArguments parse(String... args) {
    Path dataDir = null;
    boolean inMemory = false;
    int kafkaPort = 9092;
    int dynamoDbPort = 8000;
    int controllerPort = 0;
    boolean exitOnStdinClose = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      switch (name) {
        case "--in-memory" -> inMemory = true;
        case "--exit-on-stdin-close" -> exitOnStdinClose = true;
        case "--data-dir", "--kafka-port", "--dynamodb-port", "--controller-port" -> {
          if (value == null) {
            if (i + 1 >= args.length) {
              throw new IllegalArgumentException(name + " needs a value");
            }
            value = args[++i];
          }
          switch (name) {
            case "--data-dir" -> dataDir = Path.of(value);
            case "--kafka-port" -> kafkaPort = port(name, value);
            case "--dynamodb-port" -> dynamoDbPort = port(name, value);
            default -> controllerPort = port(name, value);
          }
        }
        default -> throw new IllegalArgumentException("Unknown argument: " + arg);
      }
    }
    if (inMemory && dataDir != null) {
      throw new IllegalArgumentException("Use either --in-memory or --data-dir, not both");
    }
    return new DevStackArguments(
        dataDir, kafkaPort, dynamoDbPort, controllerPort, exitOnStdinClose);
  }

  private static int port(String name, String value) {
    try {
      int port = Integer.parseInt(value);
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
    }
  }
}
