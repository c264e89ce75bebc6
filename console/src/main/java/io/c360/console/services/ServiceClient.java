package io.c360.console.services;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the services' public HTTP APIs with the console's token. Answers are read as plain maps and
 * lists, so a service may add fields without breaking a page; an error answer becomes a {@link
 * ServiceProblem} with the service's own title and detail.
 */
@Component
public class ServiceClient {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(ServiceClient.class);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Map<Service, RestClient> clients = new EnumMap<>(Service.class);
  private final Map<Service, RestClient> uploads = new EnumMap<>(Service.class);

  ServiceClient(ServicesProperties properties) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
    factory.setReadTimeout(properties.timeout());
    // an upload's answer comes after the whole file went out, so it has a timeout of its own
    JdkClientHttpRequestFactory uploadFactory = new JdkClientHttpRequestFactory(http);
    uploadFactory.setReadTimeout(properties.uploadTimeout());
    for (Service service : Service.values()) {
      clients.put(service, client(properties, service, factory));
      uploads.put(service, client(properties, service, uploadFactory));
    }
  }

  private static RestClient client(
      ServicesProperties properties, Service service, JdkClientHttpRequestFactory factory) {
    return RestClient.builder()
        .requestFactory(factory)
        .baseUrl(properties.baseUrl(service).toString())
        .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + properties.token())
        .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
        .build();
  }

  /** A JSON object from {@code GET path}; uri variables fill {@code {placeholders}}. */
  public Map<String, Object> get(Service service, String path, Object... variables) {
    return object(call(service, HttpMethod.GET, path, null, variables));
  }

  /** A JSON array from {@code GET path}. */
  public List<Object> getList(Service service, String path, Object... variables) {
    JsonNode node = call(service, HttpMethod.GET, path, null, variables);
    return node.isArray() ? JSON.convertValue(node, List.class) : List.of();
  }

  /** The JSON object answered to {@code POST path} with {@code body} (may be null). */
  public Map<String, Object> post(
      Service service, String path, @Nullable Object body, Object... variables) {
    return object(call(service, HttpMethod.POST, path, body, variables));
  }

  /** The JSON object answered to {@code DELETE path}. */
  public Map<String, Object> delete(Service service, String path, Object... variables) {
    return object(call(service, HttpMethod.DELETE, path, null, variables));
  }

  /**
   * The JSON object answered to a {@code multipart/form-data} POST of {@code fields} and one file
   * as part {@code part}. The file is streamed from its resource (for an upload the console
   * received, the temporary file the servlet container wrote) to the service as it is read, never
   * held whole in memory.
   */
  public Map<String, Object> upload(
      Service service, String path, Map<String, String> fields, String part, Resource file) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    fields.forEach(form::add);
    form.add(part, file);
    try {
      String text =
          uploads
              .get(service)
              .post()
              .uri(path)
              .contentType(MediaType.MULTIPART_FORM_DATA)
              .body(form)
              .exchange((request, response) -> checked(service, response));
      return object(text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text));
    } catch (ResourceAccessException e) {
      throw unreachable(service, e);
    }
  }

  /** The raw text of {@code GET path} (Prometheus metrics). */
  public String text(Service service, String path) {
    try {
      String body =
          clients
              .get(service)
              .get()
              .uri(path)
              .header(HttpHeaders.ACCEPT, "text/plain")
              .exchange((request, response) -> checked(service, response));
      return body == null ? "" : body;
    } catch (ResourceAccessException e) {
      throw unreachable(service, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(JsonNode node) {
    return node.isObject() ? JSON.convertValue(node, Map.class) : Map.of();
  }

  private JsonNode call(
      Service service, HttpMethod method, String path, @Nullable Object body, Object... variables) {
    try {
      RestClient.RequestBodySpec request = clients.get(service).method(method).uri(path, variables);
      if (body != null) {
        request.contentType(MediaType.APPLICATION_JSON).body(JSON.writeValueAsString(body));
      }
      String text = request.exchange((req, response) -> checked(service, response));
      return text == null || text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
    } catch (ResourceAccessException e) {
      throw unreachable(service, e);
    }
  }

  private static String checked(Service service, ClientHttpResponse response) throws IOException {
    String text = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
    int status = response.getStatusCode().value();
    if (status < 400) {
      return text;
    }
    throw Problems.fromAnswer(service, status, response.getHeaders().getContentType(), text);
  }

  private static ServiceProblem unreachable(Service service, ResourceAccessException e) {
    log.warn("{} is unreachable: {}", service.displayName(), e.getMessage());
    return new ServiceProblem(
        service,
        503,
        service.displayName() + " is unavailable",
        "The console could not reach "
            + service.displayName()
            + ": the connection was refused or timed out. Check that it runs (./c360 status).");
  }
}
