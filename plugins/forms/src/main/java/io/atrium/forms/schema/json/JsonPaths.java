package io.atrium.forms.schema.json;

import java.util.regex.Pattern;

/** Builds JSON paths such as {@code $.sections[0].fields[3].type}. */
final class JsonPaths {

  /** The whole document. */
  static final String ROOT = "$";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private JsonPaths() {
  }

  /** The path of a property: {@code .name}, or {@code ['odd name']} for names that are not identifiers. */
  static String property(String base, String name) {
    if (PLAIN.matcher(name).matches()) {
      return base + "." + name;
    }
    return base + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of an array element. */
  static String index(String base, int index) {
    return base + "[" + index + "]";
  }

  /** Whether {@code path} is {@code parent} or inside it. */
  static boolean within(String path, String parent) {
    return path.equals(parent) || path.startsWith(parent + ".") || path.startsWith(parent + "[");
  }
}
