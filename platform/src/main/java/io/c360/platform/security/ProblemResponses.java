package io.c360.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401 and 403 answered as RFC 9457 problem details, like every other C360 error; {@link #write} is
 * also how a servlet filter outside Spring MVC answers a problem.
 */
public final class ProblemResponses {

  /** The detail of a 403: the caller is known but lacks the role. */
  public static final String FORBIDDEN_DETAIL =
      "The token is valid but lacks the role this endpoint needs.";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ProblemResponses() {}

  static AuthenticationEntryPoint unauthorized() {
    return (request, response, e) -> {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"c360\"");
      String detail =
          request.getHeader(HttpHeaders.AUTHORIZATION) == null
              ? "This endpoint needs credentials: send 'Authorization: Bearer <token>'."
              : "The credentials sent are not valid: " + e.getMessage() + ".";
      write(request, response, 401, "Unauthorized", detail);
    };
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, e) -> write(request, response, 403, "Forbidden", FORBIDDEN_DETAIL);
  }

  public static void write(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String title,
      String detail)
      throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    body.put("instance", request.getRequestURI());
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    JSON.writeValue(response.getOutputStream(), body);
  }
}
