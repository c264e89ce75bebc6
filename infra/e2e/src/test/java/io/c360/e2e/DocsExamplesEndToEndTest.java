package io.c360.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.c360.devstack.test.DevStackExtension;
import io.c360.devstack.test.WithDevStack;
import io.c360.e2e.DocExamples.Block;
import io.c360.e2e.DocExamples.Command;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the examples of {@code README.md} and {@code docs/api.md} as written, with bash and curl,
 * against the five services on a fresh devstack: the blocks marked {@code <!-- example: name -->},
 * in document order, in one shell per document, from a directory laid out as a checkout after
 * {@code ./c360 up} ({@code .c360/credentials.env}, the blob store under {@code .c360/data/blobs},
 * the repository's {@code docs/}). Only two things are bent: curl is a shell function that sends
 * {@code localhost:8081..8085} to this run's ports ({@code --connect-to}) and notes each answer's
 * status, and the tokens are this run's. Each curl must answer the status its comment shows ({@code
 * # -> 409}), else a 2xx.
 */
@WithDevStack
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocsExamplesEndToEndTest {

  private static final long SCRIPT_TIMEOUT_SECONDS = 180;

  private @Nullable Platform platform;
  private Credentials credentials;
  private Path checkout;
  private Path repository;

  @BeforeAll
  void startThePlatformAsCUp(@TempDir Path workDir) throws IOException {
    credentials = Credentials.random();
    platform =
        Platform.start(
            DevStackExtension.stack(),
            credentials,
            workDir.resolve("platform"),
            Path.of(System.getProperty("c360.e2e.logs", "target/e2e-logs")));
    repository = repositoryRoot();
    checkout = Files.createDirectories(workDir.resolve("checkout"));
    Path state = Files.createDirectories(checkout.resolve(".c360/data"));
    Files.createSymbolicLink(state.resolve("blobs"), platform.blobRoot());
    Files.createSymbolicLink(checkout.resolve("docs"), repository.resolve("docs"));
    Files.writeString(
        checkout.resolve(".c360/credentials.env"),
        String.join(
            "\n",
            "export C360_WRITE_KEY=" + credentials.writeKey(),
            "export C360_ADMIN_TOKEN=" + credentials.adminToken(),
            "export C360_MARKETER_TOKEN=" + credentials.marketerToken(),
            "export C360_ANALYST_TOKEN=" + credentials.analystToken(),
            "export C360_APP_TOKEN=" + credentials.appToken(),
            ""));
  }

  @AfterAll
  void stopThePlatform() {
    if (platform != null) {
      platform.close();
    }
  }

  @Test
  @Order(1)
  void theReadmeExamplesRunAsWritten() throws Exception {
    List<Block> blocks = DocExamples.read(repository, "README.md");
    assertThat(blocks).extracting(Block::name).contains("calling-the-apis");
    // the README shows an upload, not only an import of a file already in the blob store
    assertThat(blocks)
        .flatExtracting(Block::commands)
        .anySatisfy(
            command ->
                assertThat(String.join("\n", ((Command) command).lines()))
                    .contains("/v1/imports")
                    .contains("-F file=@docs/examples/"));
    runAndCheck("README.md", blocks);
  }

  @Test
  @Order(2)
  void theApiExamplesRunAsWritten() throws Exception {
    List<Block> blocks = DocExamples.read(repository, "docs/api.md");
    assertThat(blocks).hasSizeGreaterThanOrEqualTo(4);
    runAndCheck("docs/api.md", blocks);
  }

  private void runAndCheck(String file, List<Block> blocks) throws Exception {
    Path log = Files.createTempFile(checkout.getParent(), "statuses", ".log");
    Path script = checkout.getParent().resolve(file.replace('/', '-') + ".sh");
    List<Command> commands = blocks.stream().flatMap(b -> b.commands().stream()).toList();
    StringBuilder text = new StringBuilder(prelude());
    for (Command command : commands) {
      text.append("__c360_at=").append(command.where()).append('\n');
      command.lines().forEach(line -> text.append(line).append('\n'));
    }
    Files.writeString(script, text);

    ProcessBuilder bash =
        new ProcessBuilder("bash", script.toString())
            .directory(checkout.toFile())
            .redirectErrorStream(true)
            .redirectOutput(checkout.getParent().resolve(file.replace('/', '-') + ".out").toFile());
    Map<String, String> environment = bash.environment();
    environment.keySet().removeIf(name -> name.startsWith("C360_"));
    environment.put("C360_EXAMPLES_LOG", log.toString());
    for (Service service : Service.values()) {
      environment.put(
          "C360_EXAMPLES_PORT_" + (8081 + service.ordinal()),
          String.valueOf(platform.port(service)));
    }
    Process process = bash.start();
    boolean ended = process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly().waitFor();
    }
    String all =
        Files.readString(
            checkout.getParent().resolve(file.replace('/', '-') + ".out"), StandardCharsets.UTF_8);
    // the answers as the reader's terminal shows them, the last ones when they are long
    String output = all.length() > 6000 ? "..." + all.substring(all.length() - 6000) : all;
    assertThat(ended)
        .as("the examples of %s ended within %d s:\n%s", file, SCRIPT_TIMEOUT_SECONDS, output)
        .isTrue();

    Map<String, String> lastStatus = new HashMap<>();
    for (String entry : Files.readAllLines(log)) {
      String[] parts = entry.split(" ", 2);
      lastStatus.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    Map<String, String> wrong = new LinkedHashMap<>();
    List<String> checked = new ArrayList<>();
    for (Command command : commands) {
      if (!command.callsCurl()) {
        continue;
      }
      String status = lastStatus.get(command.where());
      List<Integer> shown = command.expectedStatuses();
      String expected =
          shown.isEmpty()
              ? "2xx"
              : shown.stream().map(String::valueOf).collect(Collectors.joining(" or "));
      checked.add(command.where());
      boolean ok =
          status != null
              && (shown.isEmpty()
                  ? status.length() == 3 && status.startsWith("2")
                  : shown.stream().map(String::valueOf).anyMatch(status::equals));
      if (!ok) {
        wrong.put(
            command.where() + " " + command.lines().getFirst().strip(),
            "answered "
                + (status == null ? "nothing (never ran)" : status)
                + ", shows "
                + expected);
      }
    }
    assertThat(checked).as("curl commands in the examples of %s", file).isNotEmpty();
    assertThat(wrong).as("examples of %s that do not answer as shown:\n%s", file, output).isEmpty();
  }

  /** Curl as a shell function: this run's ports, and each answer's status noted in the log. */
  private static String prelude() {
    StringBuilder connect = new StringBuilder();
    for (int port = 8081; port <= 8085; port++) {
      connect
          .append(" --connect-to localhost:")
          .append(port)
          .append(":127.0.0.1:$C360_EXAMPLES_PORT_")
          .append(port);
    }
    return """
        curl() {
          local body status code
          body=$(mktemp)
          status=$(command curl -sS -o "$body" -w '%{http_code}'CONNECT "$@")
          code=$?
          cat "$body"
          rm -f "$body"
          printf '%s %s\\n' "$__c360_at" "$status" >> "$C360_EXAMPLES_LOG"
          return $code
        }
        """
        .replace("CONNECT", connect);
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isRegularFile(dir.resolve("README.md"))
          && Files.isRegularFile(dir.resolve("docs/api.md"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
  }
}
