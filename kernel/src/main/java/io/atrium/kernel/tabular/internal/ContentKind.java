package io.atrium.kernel.tabular.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a file's first bytes say it is, whatever its name. */
public enum ContentKind {
  /** A zip archive, which an .xlsx workbook is. */
  ZIP,
  /** An OLE2 compound file: Excel 97–2003, Word 97–2003. */
  OLE2,
  /** Binary content that is no text: a program, an image, a PDF. */
  BINARY,
  /** Text. */
  TEXT;

  /** How many leading bytes are looked at for NUL bytes, which text never has. */
  private static final int PROBE = 64 * 1024;

  /** Looks at the start of a file. */
  public static ContentKind of(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PROBE);
    }
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return ZIP;
    }
    if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
        && (head[3] & 0xFF) == 0xE0) {
      return OLE2;
    }
    for (byte b : head) {
      if (b == 0) {
        return BINARY;
      }
    }
    // %PDF and the like are text-safe in their first bytes, but carry control characters soon after
    int controls = 0;
    for (byte b : head) {
      if ((b & 0xFF) < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
        controls++;
      }
    }
    return controls > head.length / 100 + 1 ? BINARY : TEXT;
  }
}
