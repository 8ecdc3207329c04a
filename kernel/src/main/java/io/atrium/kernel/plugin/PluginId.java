package io.atrium.kernel.plugin;

import java.util.Set;

/** Rules for plugin ids, and what follows from an id: its table prefix and URL folder. */
public final class PluginId {

  /** Ids a plugin cannot take because the platform uses them for tables, URLs or config. */
  static final Set<String> RESERVED = Set.of("atrium", "kernel", "system", "api", "admin", "health", "openapi",
      "metrics", "login", "logout", "resources", "jakarta", "web-inf", "meta-inf", "static", "public", "plugins",
      "p", "error", "sdk");

  private static final String PATTERN = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  private PluginId() {
  }

  /** Why {@code id} is not a valid plugin id, or null when it is. */
  public static String problem(String id) {
    if (id == null || id.isBlank()) {
      return "the plugin id is empty";
    }
    if (id.length() < 2 || id.length() > 40 || !id.matches(PATTERN)) {
      return "the plugin id '" + id + "' must be 2 to 40 lower-case letters, digits and single dashes, "
          + "starting with a letter";
    }
    if (RESERVED.contains(id)) {
      return "the plugin id '" + id + "' is reserved by the platform";
    }
    return null;
  }

  /** Whether {@code id} is a valid plugin id. */
  public static boolean isValid(String id) {
    return problem(id) == null;
  }

  /** The prefix of the plugin's table names: {@code hello} → {@code hello_}, {@code crm-lite} → {@code crm_lite_}. */
  public static String tablePrefix(String id) {
    return id.replace('-', '_') + "_";
  }
}
