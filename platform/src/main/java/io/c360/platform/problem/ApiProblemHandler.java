package io.c360.platform.problem;

import io.c360.platform.security.ProblemResponses;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * The one problem handler of every C360 service: each error becomes an RFC 9457 problem ({@code
 * application/problem+json}) with {@code type}, {@code title}, {@code status}, {@code detail} and
 * {@code instance}, plus extension members where they help the caller:
 *
 * <ul>
 *   <li>an {@link ApiProblem} with its status, detail, members and headers; a {@code 429} or {@code
 *       503} without a {@code Retry-After} gets {@code Retry-After: 1};
 *   <li>a body that does not validate ({@code @Valid}) or parameters that do not ({@code @Min},
 *       ...): {@code 400} with {@code errors}, one {@code {field, message}} per rejected field;
 *   <li>an unreadable body: {@code 400} saying what and where (line and column);
 *   <li>a missing parameter or one of the wrong type: {@code 400} naming it;
 *   <li>no endpoint at the path: {@code 404}; a method the path does not take: {@code 405} (with
 *       {@code Allow}); an upload over the limit: {@code 413}; access denied: {@code 403};
 *   <li>Spring MVC's other errors (415, 406, ...) in the same shape through the base class.
 * </ul>
 *
 * A service extends it in a package-private {@code @RestControllerAdvice} and adds only what is its
 * own (an exception of its domain, a header of its protocol).
 */
public abstract class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final URI ABOUT_BLANK = URI.create("about:blank");

  @ExceptionHandler(ApiProblem.class)
  public ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
    HttpHeaders headers = new HttpHeaders();
    problem.headers().forEach(headers::set);
    HttpStatus status = problem.status();
    if ((status == HttpStatus.TOO_MANY_REQUESTS || status == HttpStatus.SERVICE_UNAVAILABLE)
        && !headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
      headers.set(HttpHeaders.RETRY_AFTER, "1");
    }
    addHeaders(problem, headers);
    return ResponseEntity.status(status).headers(headers).body(body(problem));
  }

  /** Where a service adds a header of its own protocol to an {@link ApiProblem}'s answer. */
  protected void addHeaders(ApiProblem problem, HttpHeaders headers) {}

  /** The problem+json body of an {@link ApiProblem}. */
  public static ProblemDetail body(ApiProblem problem) {
    ProblemDetail body = of(problem.status(), problem.detail());
    problem.members().forEach(body::setProperty);
    return body;
  }

  @ExceptionHandler(AccessDeniedException.class)
  public ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
    return problem(HttpStatus.FORBIDDEN, ProblemResponses.FORBIDDEN_DETAIL);
  }

  /** Constraints checked on a bean outside Spring MVC's own validation ({@code @Validated}). */
  @ExceptionHandler(ConstraintViolationException.class)
  public ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
    List<Map<String, Object>> errors = new ArrayList<>();
    e.getConstraintViolations()
        .forEach(v -> errors.add(error(lastNode(v.getPropertyPath().toString()), v.getMessage())));
    errors.sort((a, b) -> a.get("field").toString().compareTo(b.get("field").toString()));
    ResponseEntity<ProblemDetail> answer = problem(HttpStatus.BAD_REQUEST, invalid(errors));
    answer.getBody().setProperty("errors", errors);
    return answer;
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (FieldError field : ex.getBindingResult().getFieldErrors()) {
      errors.add(error(field.getField(), message(field)));
    }
    ex.getBindingResult()
        .getGlobalErrors()
        .forEach(global -> errors.add(error(global.getObjectName(), message(global))));
    return answer(
        ex, HttpStatus.BAD_REQUEST, invalid(errors), Map.of("errors", errors), headers, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<Map<String, Object>> errors = new ArrayList<>();
    ex.getParameterValidationResults()
        .forEach(
            result -> {
              String name = result.getMethodParameter().getParameterName();
              for (MessageSourceResolvable error : result.getResolvableErrors()) {
                String field =
                    error instanceof FieldError f ? f.getField() : name == null ? "?" : name;
                errors.add(error(field, message(error)));
              }
            });
    return answer(
        ex, HttpStatus.BAD_REQUEST, invalid(errors), Map.of("errors", errors), headers, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleTypeMismatch(
      TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    String name =
        ex instanceof MethodArgumentTypeMismatchException argument
            ? argument.getName()
            : ex.getPropertyName();
    return answer(
        ex,
        HttpStatus.BAD_REQUEST,
        "parameter '" + name + "' has an invalid value '" + ex.getValue() + "'",
        Map.of(),
        headers,
        request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return answer(
        ex,
        HttpStatus.BAD_REQUEST,
        "parameter '" + ex.getParameterName() + "' is required",
        Map.of(),
        headers,
        request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return answer(
        ex,
        HttpStatus.NOT_FOUND,
        "no endpoint " + ex.getHttpMethod() + " " + path(request),
        Map.of(),
        headers,
        request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail =
        ex.getMaxUploadSize() > 0
            ? "the upload is larger than the limit of " + ex.getMaxUploadSize() + " bytes"
            : "the upload is larger than the limit";
    return answer(ex, HttpStatus.CONTENT_TOO_LARGE, detail, Map.of(), headers, request);
  }

  /**
   * A body that is not valid JSON, or JSON of the wrong shape, gets a detail that says what and
   * where (line and column) instead of Spring's generic "Failed to read request".
   */
  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    String detail = "the request body is not readable JSON";
    if (ex.getMostSpecificCause() instanceof JacksonException jackson) {
      detail += ": " + jackson.getOriginalMessage();
      TokenStreamLocation at = jackson.getLocation();
      if (at != null && at.getLineNr() > 0) {
        detail += " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      }
    } else if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body")) {
      detail = "the request needs a JSON body";
    }
    return answer(ex, HttpStatus.BAD_REQUEST, detail, Map.of(), headers, request);
  }

  /**
   * A problem body with every standard member but {@code instance} (which Spring MVC fills in with
   * the request's path): {@code type} is {@code about:blank}, the title the status's reason.
   */
  public static ProblemDetail of(HttpStatusCode status, String detail) {
    ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
    body.setType(ABOUT_BLANK);
    return body;
  }

  /** Spring MVC's own problems (415, 406, ...) get an explicit {@code type} like ours. */
  @Override
  protected @Nullable ResponseEntity<Object> handleExceptionInternal(
      Exception ex,
      @Nullable Object body,
      HttpHeaders headers,
      HttpStatusCode statusCode,
      WebRequest request) {
    if (body instanceof ProblemDetail problem && problem.getType() == null) {
      problem.setType(ABOUT_BLANK);
    }
    return super.handleExceptionInternal(ex, body, headers, statusCode, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleNoHandlerFoundException(
      NoHandlerFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return answer(
        ex,
        HttpStatus.NOT_FOUND,
        "no endpoint " + ex.getHttpMethod() + " " + ex.getRequestURL(),
        Map.of(),
        headers,
        request);
  }

  protected static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    return ResponseEntity.status(status).body(of(status, detail));
  }

  private @Nullable ResponseEntity<Object> answer(
      Exception ex,
      HttpStatus status,
      String detail,
      Map<String, ?> members,
      HttpHeaders headers,
      WebRequest request) {
    ProblemDetail body = of(status, detail);
    members.forEach(body::setProperty);
    return handleExceptionInternal(ex, body, headers, status, request);
  }

  private static String path(WebRequest request) {
    return request instanceof ServletWebRequest servlet
        ? servlet.getRequest().getRequestURI()
        : request.getDescription(false).replaceFirst("^uri=", "");
  }

  private static Map<String, Object> error(String field, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("field", field);
    error.put("message", message);
    return error;
  }

  private static String message(MessageSourceResolvable error) {
    String message = error.getDefaultMessage();
    return message == null ? "is not valid" : message;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }

  private static String invalid(List<Map<String, Object>> errors) {
    StringBuilder detail = new StringBuilder("the request is not valid: ");
    for (int i = 0; i < errors.size(); i++) {
      if (i > 0) {
        detail.append("; ");
      }
      detail.append(errors.get(i).get("field")).append(' ').append(errors.get(i).get("message"));
    }
    return detail.toString();
  }
}
