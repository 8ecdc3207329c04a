package io.atrium.workflows.ui;

/** Escaping for text and attribute values the plugin writes into SVG and XHTML itself. */
final class Xml {

  private Xml() {
  }

  /** The text with {@code & < > " '} escaped and control characters (invalid in XML) dropped; null reads as empty. */
  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\n' || c == '\t') {
            out.appendCodePoint(c);
          }
        }
      }
    });
    return out.toString();
  }

  /** At most {@code max} characters (code points) of the text, with an ellipsis when cut. */
  static String shortened(String text, int max) {
    if (text == null) {
      return "";
    }
    int count = text.codePointCount(0, text.length());
    if (count <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
  }
}
