package io.atrium.forms;

import io.atrium.sdk.blob.StoredBlob;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A file of a record the caller may download.
 *
 * @param blob what the blob store knows about it: name, stored content type, size
 * @param field the field it belongs to
 * @param content opens its content; the caller closes the stream
 */
public record RecordFile(StoredBlob blob, String field, Supplier<InputStream> content) {

  /** Raster images a browser may show inline; SVG is not among them (it can carry scripts). */
  private static final Set<String> INLINE_TYPES = Set.of("image/png", "image/jpeg", "image/gif", "image/webp");

  /** Whether the file may be shown inline (a thumbnail) rather than only downloaded. */
  public boolean inlineAllowed() {
    return blob.mediaType() != null && INLINE_TYPES.contains(blob.mediaType().toLowerCase(Locale.ROOT));
  }

  /** The content type to answer with: the stored one, or a neutral one when none was stored. */
  public String contentType() {
    return blob.mediaType() == null || blob.mediaType().isBlank() ? "application/octet-stream" : blob.mediaType();
  }

  /**
   * The {@code Content-Disposition} header: {@code attachment} (or {@code inline} for an image that
   * may be), an ASCII fallback name and the real name in RFC 5987 encoding, so Chinese names survive.
   */
  public String contentDisposition(boolean inline) {
    String name = blob.filename() == null || blob.filename().isBlank() ? "file" : blob.filename();
    StringBuilder ascii = new StringBuilder();
    for (char c : name.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
    }
    return (inline && inlineAllowed() ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''"
        + encode(name);
  }

  /** RFC 5987 {@code value-chars}: attr-char as is, every other byte of the UTF-8 form as %XX. */
  static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }
}
