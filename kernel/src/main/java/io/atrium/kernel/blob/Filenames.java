package io.atrium.kernel.blob;

/** File names as users give them, made safe to keep and show: no folders, no control characters, not too long. */
final class Filenames {

  /** The longest name kept, in characters. */
  static final int MAX_LENGTH = 255;

  private Filenames() {
  }

  /** The last segment of a name, without control characters, at most {@link #MAX_LENGTH} characters. */
  static String clean(String filename) {
    String name = filename == null ? "" : filename;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    StringBuilder kept = new StringBuilder(name.length());
    name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
        .forEach(kept::appendCodePoint);
    name = kept.toString().strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      return "file";
    }
    if (name.length() <= MAX_LENGTH) {
      return name;
    }
    // keep the extension, which says what the file is
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
    return name.substring(0, MAX_LENGTH - extension.length()) + extension;
  }

  /** The extension without the dot, lower case, or empty. */
  static String extension(String filename) {
    int dot = filename.lastIndexOf('.');
    return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
  }
}
