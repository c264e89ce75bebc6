package io.c360.devstack;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * DynamoDB Local inside this JVM. One shared database ({@code -sharedDb}) whatever the client's
 * access key and region, in memory or in a directory.
 */
final class DynamoDbLocal implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(DynamoDbLocal.class.getName());

  private final DynamoDBProxyServer server;
  private final int port;

  private DynamoDbLocal(DynamoDBProxyServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * @param port the HTTP port
   * @param dbPath the directory that holds the database, or null to keep it in memory
   */
  static DynamoDbLocal start(int port, @Nullable Path dbPath) throws Exception {
    List<String> args = new ArrayList<>();
    if (dbPath == null) {
      args.add("-inMemory");
    } else {
      Files.createDirectories(dbPath);
      args.add("-dbPath");
      args.add(dbPath.toAbsolutePath().toString());
    }
    args.addAll(List.of("-sharedDb", "-disableTelemetry", "-port", Integer.toString(port)));
    DynamoDBProxyServer server =
        ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
    server.start();
    DynamoDbLocal local = new DynamoDbLocal(server, port);
    if (dbPath != null) {
      local.commitWithoutFsync();
    }
    return local;
  }

  /** See {@link SqliteCommits}: the database file opens on the first request. */
  private void commitWithoutFsync() throws Exception {
    try (DynamoDbClient client = DevStackClients.dynamoDb(endpoint())) {
      client.listTables();
    }
    Optional<String> mode = SqliteCommits.apply(server);
    if (mode.isEmpty()) {
      LOG.warning(
          "DynamoDB Local's SQLite queue was not found: its file keeps an fsync per request");
    }
  }

  String endpoint() {
    return "http://localhost:" + port;
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
