package io.c360.platform.blob;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * A minimal path-style S3 on a loopback port, standing in for S3 (there is no local S3 server in
 * the build): objects in memory, GetObject, PutObject, HeadObject, DeleteObject, ListObjectsV2
 * (pages of {@link #pageSize} keys) and multipart uploads. It records every request as the SDK sent
 * it so tests can check the exact calls.
 *
 * <p>The client under test keeps the SDK's default checksum settings, so uploads arrive in {@code
 * aws-chunked} encoding with a CRC trailer; this server decodes the chunks, records the trailer and
 * checks the CRC32 as S3 would, answering {@code BadDigest} on a mismatch.
 */
final class FakeS3 implements AutoCloseable {

  /** One request as received; {@code body} is the decoded payload (chunk framing removed). */
  record Request(
      String method,
      String path,
      Map<String, String> query,
      Map<String, String> headers,
      byte[] body,
      Map<String, String> trailers) {

    String bodyText() {
      return new String(body, UTF_8);
    }

    @Nullable String header(String name) {
      return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
  }

  private static final Pattern PART =
      Pattern.compile("<PartNumber>(\\d+)</PartNumber>|<ETag>([^<]*)</ETag>");

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
  private final Map<String, Map<Integer, byte[]>> uploads = new ConcurrentHashMap<>();
  private final AtomicInteger uploadIds = new AtomicInteger();
  volatile int pageSize = 1000;
  volatile Predicate<Request> denied = r -> false;

  FakeS3() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  URI endpoint() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  List<Request> requests() {
    return List.copyOf(requests);
  }

  /** Stores an object directly, as if uploaded earlier; the key includes the bucket. */
  void putObject(String bucketAndKey, String content) {
    objects.put(bucketAndKey, content.getBytes(UTF_8));
  }

  @Nullable byte[] object(String bucketAndKey) {
    return objects.get(bucketAndKey);
  }

  Set<String> objectKeys() {
    return Set.copyOf(objects.keySet());
  }

  int openUploads() {
    return uploads.size();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request;
      try {
        request = read(exchange);
      } catch (BadDigest e) {
        error(exchange, 400, "BadDigest", e.getMessage());
        return;
      }
      requests.add(request);
      if (denied.test(request)) {
        error(exchange, 403, "AccessDenied", "Access Denied");
        return;
      }
      String path = request.path().substring(1); // bucket/key
      int slash = path.indexOf('/');
      String bucket = slash < 0 ? path : path.substring(0, slash);
      boolean bucketOnly = slash < 0 || slash == path.length() - 1;
      Map<String, String> query = request.query();
      switch (request.method()) {
        case "GET" -> {
          if (bucketOnly && "2".equals(query.get("list-type"))) {
            list(exchange, bucket, query);
          } else {
            get(exchange, path, false);
          }
        }
        case "HEAD" -> get(exchange, path, true);
        case "PUT" -> {
          if (query.containsKey("partNumber")) {
            Map<Integer, byte[]> parts = uploads.get(query.get("uploadId"));
            if (parts == null) {
              error(exchange, 404, "NoSuchUpload", "The specified upload does not exist.");
              return;
            }
            parts.put(Integer.parseInt(query.get("partNumber")), request.body());
            exchange.getResponseHeaders().add("ETag", etag(request.body()));
          } else {
            objects.put(path, request.body());
            exchange.getResponseHeaders().add("ETag", etag(request.body()));
          }
          exchange.sendResponseHeaders(200, -1);
        }
        case "POST" -> {
          if (query.containsKey("uploads")) {
            String uploadId = "upload-" + uploadIds.incrementAndGet();
            uploads.put(uploadId, new ConcurrentHashMap<>());
            xml(
                exchange,
                200,
                ("<InitiateMultipartUploadResult><Bucket>%s</Bucket><Key>%s</Key>"
                        + "<UploadId>%s</UploadId></InitiateMultipartUploadResult>")
                    .formatted(bucket, path.substring(slash + 1), uploadId));
          } else {
            complete(exchange, path, query.get("uploadId"), request.bodyText());
          }
        }
        case "DELETE" -> {
          if (query.containsKey("uploadId")) {
            uploads.remove(query.get("uploadId"));
          } else {
            objects.remove(path);
          }
          exchange.sendResponseHeaders(204, -1);
        }
        default -> error(exchange, 405, "MethodNotAllowed", request.method());
      }
    }
  }

  private void get(HttpExchange exchange, String path, boolean head) throws IOException {
    byte[] content = objects.get(path);
    if (content == null) {
      if (head) {
        exchange.sendResponseHeaders(404, -1); // S3 sends no body with HEAD
      } else {
        error(exchange, 404, "NoSuchKey", "The specified key does not exist.");
      }
      return;
    }
    exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
    exchange.getResponseHeaders().add("ETag", etag(content));
    exchange.getResponseHeaders().add("Last-Modified", "Sun, 01 Nov 2026 10:00:00 GMT");
    if (head) {
      exchange.getResponseHeaders().add("Content-Length", Long.toString(content.length));
      exchange.sendResponseHeaders(200, -1);
      return;
    }
    exchange.sendResponseHeaders(200, content.length == 0 ? -1 : content.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(content);
    }
  }

  private void list(HttpExchange exchange, String bucket, Map<String, String> query)
      throws IOException {
    String prefix = query.getOrDefault("prefix", "");
    String after = query.get("continuation-token");
    boolean encode = "url".equals(query.get("encoding-type"));
    List<String> keys =
        new TreeMap<>(objects)
            .keySet().stream()
                .filter(k -> k.startsWith(bucket + "/"))
                .map(k -> k.substring(bucket.length() + 1))
                .filter(k -> k.startsWith(prefix))
                .filter(k -> after == null || k.compareTo(after) > 0)
                .toList();
    List<String> page = keys.subList(0, Math.min(pageSize, keys.size()));
    boolean truncated = page.size() < keys.size();
    StringBuilder xml = new StringBuilder();
    xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">")
        .append("<Name>")
        .append(bucket)
        .append("</Name><Prefix>")
        .append(encode ? encode(prefix) : prefix)
        .append("</Prefix><KeyCount>")
        .append(page.size())
        .append("</KeyCount><MaxKeys>1000</MaxKeys><IsTruncated>")
        .append(truncated)
        .append("</IsTruncated>");
    if (encode) {
      xml.append("<EncodingType>url</EncodingType>");
    }
    for (String key : page) {
      byte[] content = objects.get(bucket + "/" + key);
      xml.append("<Contents><Key>")
          .append(encode ? encode(key) : key)
          .append("</Key><LastModified>2026-11-01T10:00:00.000Z</LastModified><ETag>")
          .append(etag(content).replace("\"", "&quot;"))
          .append("</ETag><Size>")
          .append(content.length)
          .append("</Size><StorageClass>STANDARD</StorageClass></Contents>");
    }
    if (truncated) {
      xml.append("<NextContinuationToken>")
          .append(page.getLast())
          .append("</NextContinuationToken>");
    }
    xml.append("</ListBucketResult>");
    xml(exchange, 200, xml.toString());
  }

  private void complete(HttpExchange exchange, String path, String uploadId, String body)
      throws IOException {
    Map<Integer, byte[]> parts = uploads.remove(uploadId);
    if (parts == null) {
      error(exchange, 404, "NoSuchUpload", "The specified upload does not exist.");
      return;
    }
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    Matcher matcher = PART.matcher(body);
    while (matcher.find()) {
      if (matcher.group(1) != null) {
        content.writeBytes(parts.get(Integer.parseInt(matcher.group(1))));
      }
    }
    objects.put(path, content.toByteArray());
    xml(
        exchange,
        200,
        ("<CompleteMultipartUploadResult><Key>%s</Key><ETag>%s</ETag>"
                + "</CompleteMultipartUploadResult>")
            .formatted(path, "&quot;multipart&quot;"));
  }

  private static void xml(HttpExchange exchange, int status, String xml) throws IOException {
    byte[] bytes = xml.getBytes(UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/xml");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static void error(HttpExchange exchange, int status, String code, String message)
      throws IOException {
    xml(
        exchange,
        status,
        ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>%s</Code>"
                + "<Message>%s</Message><RequestId>fake-request</RequestId></Error>")
            .formatted(code, message));
  }

  private static String etag(byte[] content) {
    CRC32 crc = new CRC32();
    crc.update(content);
    return "\"" + Long.toHexString(crc.getValue()) + "\"";
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, UTF_8).replace("+", "%20");
  }

  private static Request read(HttpExchange exchange) throws IOException {
    Map<String, String> headers = new LinkedHashMap<>();
    exchange
        .getRequestHeaders()
        .forEach(
            (name, values) ->
                headers.put(name.toLowerCase(java.util.Locale.ROOT), String.join(",", values)));
    Map<String, String> query = new LinkedHashMap<>();
    String rawQuery = exchange.getRequestURI().getRawQuery();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), UTF_8);
        query.put(name, value);
      }
    }
    byte[] raw = exchange.getRequestBody().readAllBytes();
    Map<String, String> trailers = new LinkedHashMap<>();
    String encoding = headers.getOrDefault("content-encoding", "");
    String sha = headers.getOrDefault("x-amz-content-sha256", "");
    byte[] body =
        encoding.contains("aws-chunked") || sha.startsWith("STREAMING-")
            ? decodeChunks(raw, trailers)
            : raw;
    String crc32 =
        trailers.getOrDefault("x-amz-checksum-crc32", headers.get("x-amz-checksum-crc32"));
    boolean upload = exchange.getRequestMethod().equals("PUT");
    if (upload && crc32 != null && !crc32.equals(crc32Base64(body))) {
      throw new BadDigest("x-amz-checksum-crc32 " + crc32 + " does not match the content");
    }
    return new Request(
        exchange.getRequestMethod(),
        exchange.getRequestURI().getPath(),
        query,
        headers,
        body,
        trailers);
  }

  static String crc32Base64(byte[] body) {
    CRC32 crc = new CRC32();
    crc.update(body);
    long value = crc.getValue();
    byte[] bytes = {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * Decodes {@code aws-chunked}: {@code hex-size[;chunk-signature=..]\r\n data \r\n ... 0\r\n
   * trailers \r\n}.
   */
  private static byte[] decodeChunks(byte[] raw, Map<String, String> trailers) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pos = 0;
    while (true) {
      int eol = indexOfCrlf(raw, pos);
      String line = new String(raw, pos, eol - pos, UTF_8);
      pos = eol + 2;
      int semicolon = line.indexOf(';');
      int size = Integer.parseInt(semicolon < 0 ? line.trim() : line.substring(0, semicolon), 16);
      if (size == 0) {
        break;
      }
      out.write(raw, pos, size);
      pos += size + 2;
    }
    while (pos < raw.length) {
      int eol = indexOfCrlf(raw, pos);
      String line = new String(raw, pos, eol - pos, UTF_8);
      pos = eol + 2;
      int colon = line.indexOf(':');
      if (colon > 0) {
        trailers.put(
            line.substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
            line.substring(colon + 1).trim());
      }
    }
    return out.toByteArray();
  }

  private static int indexOfCrlf(byte[] raw, int from) {
    for (int i = from; i + 1 < raw.length; i++) {
      if (raw[i] == '\r' && raw[i + 1] == '\n') {
        return i;
      }
    }
    return raw.length;
  }

  private static final class BadDigest extends IOException {
    BadDigest(String message) {
      super(message);
    }
  }

  /** "METHOD /path" of each request, for asserting the sequence of calls. */
  static List<String> methodsAndPaths(List<Request> requests) {
    return requests.stream().map(r -> r.method() + " " + r.path()).toList();
  }
}
