package io.atrium.workflows.definition.json;

import java.util.regex.Pattern;

/** Builds JSON paths such as {@code $.nodes[2].branches[0].when}. */
public final class JsonPaths {

  /** The whole document. */
  public static final String ROOT = "$";

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private JsonPaths() {
  }

  /** The path of a property: {@code .name}, or {@code ['odd name']} for names that are not identifiers. */
  public static String property(String base, String name) {
    if (PLAIN.matcher(name).matches()) {
      return base + "." + name;
    }
    return base + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** The path of an array element. */
  public static String index(String base, int index) {
    return base + "[" + index + "]";
  }
}
