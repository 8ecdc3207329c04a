package io.atrium.kernel.blob;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is: the type Apache Tika finds in its first bytes (magic numbers, markup, text),
 * weighed against the type registered for its name's extension.
 *
 * <p>The two agree when they are the same, or when one is a kind of the other in Tika's type
 * hierarchy; then the more specific one is the file's type: content {@code text/plain} named
 * {@code .csv} is {@code text/csv}, content {@code application/x-tika-ooxml} named {@code .docx} is
 * a Word document, content {@code text/html} named {@code .txt} is {@code text/html}. They clearly
 * differ otherwise: a program or a PNG named {@code .pdf}, random bytes named {@code .png}. Text in a
 * legacy encoding (GBK, Latin-1), which Tika cannot tell from binary data, agrees with a text name
 * as long as it has no NUL bytes.
 */
public final class ContentTypes {

  private static final int TEXT_SAMPLE = 8192;

  private final MimeTypes types = MimeTypes.getDefaultMimeTypes(MimeTypes.class.getClassLoader());
  private final MediaTypeRegistry registry = types.getMediaTypeRegistry();

  /**
   * The judgement on one file.
   *
   * @param mediaType the file's type
   * @param byContent the type found in the content
   * @param byName the type registered for the extension, {@code application/octet-stream} for none
   * @param mismatch whether the content clearly differs from the name
   */
  public record Verdict(String mediaType, String byContent, String byName, boolean mismatch) {
  }

  /** Judges a file by its content and its name. */
  public Verdict judge(Path file, String filename) throws IOException {
    MediaType content = detect(file);
    MimeType registered = filename == null || filename.lastIndexOf('.') < 0 ? null : types.getMimeType(filename);
    MediaType name = registered == null ? MediaType.OCTET_STREAM : registry.normalize(registered.getType());
    boolean signed = registered != null && registered.hasMagic();
    return new Verdict(decide(file, content, name).toString(), content.toString(), name.toString(),
        mismatch(file, content, name, signed));
  }

  private MediaType detect(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return registry.normalize(types.detect(in, new Metadata()));
    }
  }

  private MediaType decide(Path file, MediaType content, MediaType name) throws IOException {
    if (name.equals(MediaType.OCTET_STREAM) || agreesWith(content, name)) {
      return content;
    }
    if (content.equals(MediaType.OCTET_STREAM)) {
      // unrecognised content keeps that type, unless it is text Tika could not read
      return isText(name) && Files.size(file) > 0 && hasNoNul(file) ? name : content;
    }
    return registry.isSpecializationOf(name, content) ? name : content;
  }

  private boolean mismatch(Path file, MediaType content, MediaType name, boolean signed) throws IOException {
    if (name.equals(MediaType.OCTET_STREAM) || agreesWith(content, name) || Files.size(file) == 0) {
      return false;
    }
    if (content.equals(MediaType.OCTET_STREAM)) {
      if (isText(name)) {
        return !hasNoNul(file);
      }
      // a type with a signature would have been found by it
      return signed;
    }
    return !registry.isSpecializationOf(name, content);
  }

  private boolean agreesWith(MediaType content, MediaType name) {
    return content.equals(name) || registry.isSpecializationOf(content, name);
  }

  private boolean isText(MediaType type) {
    return type.equals(MediaType.TEXT_PLAIN) || registry.isSpecializationOf(type, MediaType.TEXT_PLAIN);
  }

  private static boolean hasNoNul(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] sample = in.readNBytes(TEXT_SAMPLE);
      for (byte b : sample) {
        if (b == 0) {
          return false;
        }
      }
      return true;
    }
  }
}
