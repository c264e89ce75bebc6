package io.c360.platform.problem;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * What a caller of any C360 service gets back when a request is refused: one controller behind the
 * shared handler, each kind of error answered as problem+json with the members callers rely on.
 */
class ApiProblemHandlerTest {

  record Order(@NotBlank String sku, @Positive int quantity) {}

  @RestController
  static class Orders {

    @PostMapping("/orders")
    Map<String, Object> create(@Valid @RequestBody Order order) {
      return Map.of("sku", order.sku());
    }

    @GetMapping("/orders")
    List<String> list(@RequestParam @Max(100) int limit) {
      return List.of();
    }

    @GetMapping("/orders/{id}")
    Map<String, Object> one(@PathVariable String id) {
      switch (id) {
        case "busy" -> throw new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too many at once");
        case "later" ->
            throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "store down")
                .retryAfter(Duration.ofSeconds(5));
        case "rejected" ->
            throw ApiProblem.badRequest("every message is invalid")
                .with("rejected", List.of(Map.of("index", 0, "reasons", List.of("no userId"))));
        case "secret" -> throw new AccessDeniedException("no");
        case "huge" -> throw new MaxUploadSizeExceededException(1024);
        default -> throw ApiProblem.notFound("no order '" + id + "'");
      }
    }
  }

  @RestControllerAdvice
  static class Handler extends ApiProblemHandler {}

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new Orders()).setControllerAdvice(new Handler()).build();

  @Test
  void anApiProblemKeepsItsStatusDetailAndMembers() throws Exception {
    mvc.perform(get("/orders/42"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("about:blank"))
        .andExpect(jsonPath("$.title").value("Not Found"))
        .andExpect(jsonPath("$.status").value(404))
        .andExpect(jsonPath("$.detail").value("no order '42'"))
        .andExpect(jsonPath("$.instance").value("/orders/42"))
        .andExpect(header().doesNotExist(HttpHeaders.RETRY_AFTER));

    mvc.perform(get("/orders/rejected"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("every message is invalid"))
        .andExpect(jsonPath("$.rejected[0].index").value(0))
        .andExpect(jsonPath("$.rejected[0].reasons[0]").value("no userId"));
  }

  @Test
  void statusesToRetryTellWhen() throws Exception {
    mvc.perform(get("/orders/busy"))
        .andExpect(status().isTooManyRequests())
        .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"));
    mvc.perform(get("/orders/later"))
        .andExpect(status().isServiceUnavailable())
        .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
        .andExpect(jsonPath("$.detail").value("store down"));
  }

  @Test
  void anInvalidBodyListsEveryRejectedField() throws Exception {
    mvc.perform(
            post("/orders")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"sku\":\" \",\"quantity\":0}"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.errors.length()").value(2))
        .andExpect(jsonPath("$.errors[?(@.field == 'sku')].message").value("must not be blank"))
        .andExpect(
            jsonPath("$.errors[?(@.field == 'quantity')].message").value("must be greater than 0"))
        .andExpect(jsonPath("$.instance").value("/orders"));
  }

  @Test
  void anUnreadableBodySaysWhere() throws Exception {
    mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON).content("{\"sku\":"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("(line 1")));
    mvc.perform(post("/orders").contentType(MediaType.APPLICATION_JSON))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("the request needs a JSON body"));
  }

  @Test
  void parametersMissingOfTheWrongTypeOrOutOfRangeAreNamed() throws Exception {
    mvc.perform(get("/orders"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("parameter 'limit' is required"));
    mvc.perform(get("/orders").param("limit", "ten"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.detail").value("parameter 'limit' has an invalid value 'ten'"));
    mvc.perform(get("/orders").param("limit", "500"))
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("limit"))
        .andExpect(jsonPath("$.errors[0].message").value("must be less than or equal to 100"));
  }

  @Test
  void springMvcErrorsHaveTheSameShape() throws Exception {
    mvc.perform(get("/nowhere"))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.detail").value("no endpoint GET /nowhere"));
    mvc.perform(
            org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/orders"))
        .andExpect(status().isMethodNotAllowed())
        .andExpect(header().string(HttpHeaders.ALLOW, org.hamcrest.Matchers.containsString("GET")))
        .andExpect(jsonPath("$.status").value(405));
    mvc.perform(get("/orders/huge"))
        .andExpect(status().is(413))
        .andExpect(jsonPath("$.detail").value("the upload is larger than the limit of 1024 bytes"));
    mvc.perform(get("/orders/secret"))
        .andExpect(status().isForbidden())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.title").value("Forbidden"));
  }
}
