package io.c360.devstack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A single-node Kafka broker in KRaft mode (combined broker and controller) inside this JVM. The
 * log directory is formatted on first use only, so a persistent directory survives restarts.
 */
final class KafkaBroker implements AutoCloseable {

  private static final int NODE_ID = 1;

  private final KafkaRaftServer server;
  private final int port;

  private KafkaBroker(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  /**
   * Formats {@code logDir} unless it already holds a formatted log, then starts the broker.
   *
   * @param logDir the Kafka log directory
   * @param port the PLAINTEXT listener port clients connect to
   * @param controllerPort the KRaft controller listener port
   */
  static KafkaBroker start(Path logDir, int port, int controllerPort) throws IOException {
    Files.createDirectories(logDir);
    Properties props = config(logDir, port, controllerPort);
    if (!Files.exists(logDir.resolve("meta.properties"))) {
      format(props);
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
    server.startup();
    return new KafkaBroker(server, port);
  }

  String bootstrapServers() {
    return "localhost:" + port;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  private static Properties config(Path logDir, int port, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", Integer.toString(NODE_ID));
    p.setProperty("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
    p.setProperty(
        "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
    // One node: every internal topic has one replica.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "10");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "10");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("min.insync.replicas", "1");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    // A small footprint for a 2-core laptop or CI runner.
    p.setProperty("num.network.threads", "2");
    p.setProperty("num.io.threads", "2");
    p.setProperty("background.threads", "2");
    p.setProperty("num.recovery.threads.per.data.dir", "1");
    p.setProperty("log.cleaner.threads", "1");
    p.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
    return p;
  }

  private static void format(Properties props) throws IOException {
    Path configFile = Files.createTempFile("c360-kafka-", ".properties");
    try {
      try (OutputStream out = Files.newOutputStream(configFile)) {
        props.store(out, "C360 devstack broker");
      }
      ByteArrayOutputStream output = new ByteArrayOutputStream();
      int exitCode;
      try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
        exitCode =
            StorageTool.execute(
                new String[] {
                  "format",
                  "--config",
                  configFile.toString(),
                  "--cluster-id",
                  Uuid.randomUuid().toString(),
                  "--ignore-formatted"
                },
                print);
      }
      if (exitCode != 0) {
        throw new IllegalStateException(
            "Formatting the Kafka log directory failed (exit "
                + exitCode
                + "): "
                + output.toString(StandardCharsets.UTF_8));
      }
    } finally {
      Files.deleteIfExists(configFile);
    }
  }
}
