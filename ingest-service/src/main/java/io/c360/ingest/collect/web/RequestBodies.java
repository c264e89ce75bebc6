package io.c360.ingest.collect.web;

import io.c360.platform.problem.ApiProblem;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Reads a request body up to a limit, decoding gzip, without ever holding more than the limit: a
 * body over it (before or after decompression, so a gzip bomb cannot exhaust memory) is answered
 * 413 as soon as the limit is crossed.
 */
final class RequestBodies {

  private RequestBodies() {}

  static byte[] read(HttpServletRequest request, int limitBytes, String limitName) {
    String encoding = request.getHeader(HttpHeaders.CONTENT_ENCODING);
    boolean gzip = encoding != null && encoding.trim().toLowerCase(Locale.ROOT).equals("gzip");
    if (encoding != null && !gzip && !encoding.equalsIgnoreCase("identity")) {
      throw new ApiProblem(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          "Content-Encoding '" + encoding + "' is not supported; send identity or gzip");
    }
    long declared = request.getContentLengthLong();
    if (!gzip && declared > limitBytes) {
      throw tooLarge(declared, limitBytes, limitName);
    }
    try (InputStream raw = request.getInputStream();
        InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
      byte[] body = in.readNBytes(limitBytes + 1);
      if (body.length > limitBytes) {
        throw tooLarge(body.length, limitBytes, limitName);
      }
      return body;
    } catch (ZipException e) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST,
          "the body is marked gzip but is not valid gzip: " + e.getMessage());
    } catch (IOException e) {
      throw new ApiProblem(
          HttpStatus.BAD_REQUEST, "the request body could not be read: " + e.getMessage());
    }
  }

  private static ApiProblem tooLarge(long size, int limit, String limitName) {
    return new ApiProblem(
        HttpStatus.CONTENT_TOO_LARGE,
        "the body is larger than "
            + limit
            + " bytes, the limit "
            + limitName
            + "; split it into smaller requests");
  }
}
