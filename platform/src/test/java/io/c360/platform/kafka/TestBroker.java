package io.c360.platform.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka (KRaft, broker and controller in one) in the test JVM, in a fresh
 * temporary directory, for the tests of this module (the devstack depends on this module).
 */
final class TestBroker implements AutoCloseable {

  private final KafkaRaftServer server;
  private final int port;

  private TestBroker(KafkaRaftServer server, int port) {
    this.server = server;
    this.port = port;
  }

  static TestBroker start() {
    try {
      Path logDir = Files.createTempDirectory("c360-platform-kafka-");
      int port = freePort();
      int controller = freePort();
      Properties props = new Properties();
      props.setProperty("process.roles", "broker,controller");
      props.setProperty("node.id", "1");
      props.setProperty("controller.quorum.voters", "1@localhost:" + controller);
      props.setProperty(
          "listeners", "PLAINTEXT://localhost:" + port + ",CONTROLLER://localhost:" + controller);
      props.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + port);
      props.setProperty("controller.listener.names", "CONTROLLER");
      props.setProperty("inter.broker.listener.name", "PLAINTEXT");
      props.setProperty(
          "listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
      props.setProperty("log.dirs", logDir.toString());
      props.setProperty("offsets.topic.replication.factor", "1");
      props.setProperty("offsets.topic.num.partitions", "3");
      props.setProperty("transaction.state.log.replication.factor", "1");
      props.setProperty("transaction.state.log.min.isr", "1");
      props.setProperty("share.coordinator.state.topic.replication.factor", "1");
      props.setProperty("share.coordinator.state.topic.min.isr", "1");
      props.setProperty("group.initial.rebalance.delay.ms", "0");
      props.setProperty("auto.create.topics.enable", "false");
      props.setProperty("num.network.threads", "1");
      props.setProperty("num.io.threads", "2");
      format(props);
      KafkaRaftServer server =
          new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
      server.startup();
      return new TestBroker(server, port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String bootstrapServers() {
    return "localhost:" + port;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }

  private static void format(Properties props) throws IOException {
    Path config = Files.createTempFile("c360-platform-kafka-", ".properties");
    try (OutputStream out = Files.newOutputStream(config)) {
      props.store(out, "platform test broker");
    }
    int exit =
        StorageTool.execute(
            new String[] {
              "format", "--config", config.toString(), "--cluster-id", Uuid.randomUuid().toString()
            },
            new PrintStream(OutputStream.nullOutputStream()));
    Files.delete(config);
    if (exit != 0) {
      throw new IllegalStateException("could not format the test broker's log directory");
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
