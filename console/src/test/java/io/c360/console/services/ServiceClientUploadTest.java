package io.c360.console.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;

/**
 * An upload as ingest-service receives it, from a small HTTP server on this machine: multipart with
 * the fields and the file's exact bytes, sent as a stream (chunked, no length known up front), and
 * an error answer as the service's problem detail.
 */
class ServiceClientUploadTest {

  private static final String TOKEN = "console-token";

  private HttpServer server;
  private final AtomicReference<Received> received = new AtomicReference<>();
  private volatile int status = 202;
  private volatile String answer = "{\"importId\":\"imp-1\",\"status\":\"PENDING\"}";
  private volatile String answerType = "application/json";

  /** What the server got: headers of note and the body's digest per part. */
  record Received(
      String contentType,
      String authorization,
      String transferEncoding,
      String contentLength,
      byte[] body) {}

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/imports", this::handle);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      var headers = exchange.getRequestHeaders();
      received.set(
          new Received(
              String.valueOf(headers.getFirst("Content-Type")),
              String.valueOf(headers.getFirst("Authorization")),
              String.valueOf(headers.getFirst("Transfer-encoding")),
              String.valueOf(headers.getFirst("Content-length")),
              in.readAllBytes()));
    }
    byte[] body = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", answerType);
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private ServiceClient client() {
    URI ingest = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    URI closed = URI.create("http://127.0.0.1:9");
    return new ServiceClient(
        new ServicesProperties(
            TOKEN,
            ingest,
            closed,
            closed,
            closed,
            closed,
            Duration.ofSeconds(5),
            Duration.ofSeconds(30)));
  }

  @Test
  void streamsTheFileAndTheFieldsAsMultipartWithTheConsolesToken(@TempDir Path dir)
      throws Exception {
    byte[] content = new byte[6 * 1024 * 1024];
    new Random(7).nextBytes(content);
    Path file = dir.resolve("customers.csv");
    Files.write(file, content);

    Map<String, Object> report =
        client()
            .upload(
                Service.INGEST,
                "/v1/imports",
                Map.of("kind", "customers"),
                "file",
                new FileSystemResource(file));

    assertThat(report).containsEntry("importId", "imp-1");
    Received got = received.get();
    assertThat(got.authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(got.contentType()).startsWith("multipart/form-data;").contains("boundary=");
    // streamed: sent in chunks as it is read, so no length was known before sending
    assertThat(got.transferEncoding()).isEqualToIgnoringCase("chunked");
    assertThat(got.contentLength()).isEqualTo("null");
    String boundary = "--" + got.contentType().replaceFirst(".*boundary=", "").replace("\"", "");
    String text = new String(got.body(), StandardCharsets.ISO_8859_1);
    assertThat(text).contains("name=\"kind\"").contains("\r\n\r\ncustomers\r\n");
    int header = text.indexOf("name=\"file\"; filename=\"customers.csv\"");
    assertThat(header).isPositive();
    int start = text.indexOf("\r\n\r\n", header) + 4;
    int end = text.indexOf("\r\n" + boundary, start);
    byte[] sent = java.util.Arrays.copyOfRange(got.body(), start, end);
    assertThat(sha256(sent)).isEqualTo(sha256(content));
  }

  @Test
  void anErrorAnswerIsTheServicesProblemDetail(@TempDir Path dir) throws Exception {
    status = 413;
    answerType = "application/problem+json";
    answer =
        "{\"type\":\"about:blank\",\"title\":\"Payload Too Large\",\"status\":413,"
            + "\"detail\":\"the upload is larger than 2GB\"}";
    Path file = dir.resolve("big.csv");
    Files.writeString(file, "customer_id\nC-1\n");

    assertThatThrownBy(
            () ->
                client()
                    .upload(
                        Service.INGEST,
                        "/v1/imports",
                        Map.of("kind", "customers"),
                        "file",
                        new FileSystemResource(file)))
        .isInstanceOfSatisfying(
            ServiceProblem.class,
            problem -> {
              assertThat(problem.status()).isEqualTo(413);
              assertThat(problem.detail()).isEqualTo("the upload is larger than 2GB");
              assertThat(problem.service()).isEqualTo(Service.INGEST);
            });
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
