package io.c360.platform.problem;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * A request refused with a status and a detail the caller can act on, answered by {@link
 * ApiProblemHandler} as an RFC 9457 problem. Extension members (such as each rejected message's
 * reasons) go into the body next to {@code type}, {@code title}, {@code status}, {@code detail} and
 * {@code instance}; headers (such as {@code Retry-After}) go with the answer. A service's own
 * refusals are small subclasses that fix the status.
 */
public class ApiProblem extends RuntimeException {

  private final HttpStatus status;
  private final Map<String, Object> members;
  private final Map<String, String> headers;

  public ApiProblem(HttpStatus status, String detail) {
    this(status, detail, Map.of());
  }

  public ApiProblem(HttpStatus status, String detail, Map<String, ?> members) {
    this(status, detail, members, Map.of());
  }

  private ApiProblem(
      HttpStatus status, String detail, Map<String, ?> members, Map<String, String> headers) {
    super(detail, null, false, false);
    this.status = status;
    this.members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, detail);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(HttpStatus.NOT_FOUND, detail);
  }

  public static ApiProblem conflict(String detail) {
    return new ApiProblem(HttpStatus.CONFLICT, detail);
  }

  /** The same problem with one more extension member in its body. */
  public ApiProblem with(String member, Object value) {
    Map<String, Object> more = new LinkedHashMap<>(members);
    more.put(member, value);
    return new ApiProblem(status, detail(), more, headers);
  }

  /** The same problem answered with one more header. */
  public ApiProblem withHeader(String name, String value) {
    Map<String, String> more = new LinkedHashMap<>(headers);
    more.put(name, value);
    return new ApiProblem(status, detail(), members, more);
  }

  /** The same problem telling the caller how long to wait before retrying (whole seconds). */
  public ApiProblem retryAfter(Duration wait) {
    return withHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, wait.toSeconds())));
  }

  public HttpStatus status() {
    return status;
  }

  public String detail() {
    String detail = getMessage();
    return detail == null ? status.getReasonPhrase() : detail;
  }

  /** Extension members of the body, in the order they were added. */
  public Map<String, Object> members() {
    return members;
  }

  /** Headers of the answer, in the order they were added. */
  public Map<String, String> headers() {
    return headers;
  }
}
