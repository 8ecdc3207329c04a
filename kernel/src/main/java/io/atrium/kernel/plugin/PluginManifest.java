package io.atrium.kernel.plugin;

import io.atrium.sdk.plugin.PluginHeaders;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** The Atrium and OSGi headers of a plugin jar, as read from its manifest. */
public record PluginManifest(
    String id,
    String name,
    String vendor,
    String description,
    String version,
    String symbolicName,
    String sdkRange,
    List<String> entities,
    String migrations) {

  /** Reads the headers; missing optional headers become empty values. */
  public static PluginManifest read(Manifest manifest) {
    Attributes main = manifest.getMainAttributes();
    String symbolicName = main.getValue("Bundle-SymbolicName");
    if (symbolicName != null) {
      symbolicName = symbolicName.split(";")[0].trim();
    }
    return new PluginManifest(
        trim(main.getValue(PluginHeaders.ID)),
        trim(main.getValue(PluginHeaders.NAME)),
        trim(main.getValue(PluginHeaders.VENDOR)),
        orEmpty(main.getValue(PluginHeaders.DESCRIPTION)),
        trim(main.getValue("Bundle-Version")),
        symbolicName,
        trim(main.getValue(PluginHeaders.SDK_VERSION)),
        list(main.getValue(PluginHeaders.ENTITIES)),
        orDefault(main.getValue(PluginHeaders.MIGRATIONS), PluginHeaders.DEFAULT_MIGRATIONS));
  }

  /** Headers that must be present but are not, in a fixed order. */
  static List<String> missingHeaders(Manifest manifest) {
    Attributes main = manifest.getMainAttributes();
    List<String> missing = new ArrayList<>();
    for (String header : List.of(PluginHeaders.ID, PluginHeaders.NAME, PluginHeaders.VENDOR, "Bundle-Version",
        PluginHeaders.SDK_VERSION)) {
      String value = main.getValue(header);
      if (value == null || value.isBlank()) {
        missing.add(header);
      }
    }
    return missing;
  }

  /** The table prefix of this plugin. */
  public String tablePrefix() {
    return PluginId.tablePrefix(id);
  }

  private static String trim(String value) {
    return value == null ? null : value.trim();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value.trim();
  }

  private static String orDefault(String value, String fallback) {
    return value == null || value.isBlank() ? fallback : value.trim();
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }
}
