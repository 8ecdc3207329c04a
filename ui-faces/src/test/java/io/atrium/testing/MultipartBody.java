package io.atrium.testing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@code multipart/form-data} request body written by hand, as a browser form sends it: text
 * parts and file parts, each file either bytes or a stream made on demand (for bodies too large to
 * hold).
 */
public final class MultipartBody {

  private final String boundary = "----atrium-it-" + System.nanoTime();
  private final List<Supplier<InputStream>> pieces = new ArrayList<>();

  /** Adds a text part. */
  public MultipartBody text(String name, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    return part("Content-Disposition: form-data; name=\"" + name + "\"\r\nContent-Type: text/plain; charset=UTF-8",
        () -> new ByteArrayInputStream(bytes));
  }

  /** Adds a file part with its content. */
  public MultipartBody file(String name, String fileName, String contentType, byte[] content) {
    return file(name, fileName, contentType, () -> new ByteArrayInputStream(content));
  }

  /** Adds a file part whose content is streamed when the body is sent. */
  public MultipartBody file(String name, String fileName, String contentType, Supplier<InputStream> content) {
    return part("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
        + "\"\r\nContent-Type: " + contentType, content);
  }

  /** The request's Content-Type header value, with the boundary. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** The body, streamed part after part. */
  public HttpRequest.BodyPublisher publisher() {
    List<Supplier<InputStream>> all = List.copyOf(pieces);
    byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    return HttpRequest.BodyPublishers.ofInputStream(() -> {
      List<InputStream> streams = new ArrayList<>();
      all.forEach(piece -> streams.add(piece.get()));
      streams.add(new ByteArrayInputStream(end));
      return new SequenceInputStream(Collections.enumeration(streams));
    });
  }

  /** The body as bytes (for small bodies). */
  public byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pieces.forEach(piece -> {
      try (InputStream in = piece.get()) {
        in.transferTo(out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private MultipartBody part(String headers, Supplier<InputStream> content) {
    byte[] head = ("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] crlf = "\r\n".getBytes(StandardCharsets.UTF_8);
    pieces.add(() -> new SequenceInputStream(Collections.enumeration(List.of(new ByteArrayInputStream(head),
        content.get(), new ByteArrayInputStream(crlf)))));
    return this;
  }

  /** A stream of {@code size} bytes of the same character, made as it is read. */
  public static InputStream repeated(char c, long size) {
    return new InputStream() {
      private long left = size;

      @Override
      public int read() {
        if (left <= 0) {
          return -1;
        }
        left--;
        return c;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(length, left);
        java.util.Arrays.fill(buffer, offset, offset + n, (byte) c);
        left -= n;
        return n;
      }
    };
  }
}
