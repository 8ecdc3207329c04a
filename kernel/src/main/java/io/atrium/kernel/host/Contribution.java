package io.atrium.kernel.host;

import java.util.Map;

/**
 * A service a plugin contributed through an SDK SPI.
 *
 * @param pluginId the contributing plugin
 * @param name stable name within the plugin (the component name)
 * @param properties the service properties
 * @param service the service object
 */
public record Contribution<T>(String pluginId, String name, Map<String, Object> properties, T service) {

  /** {@code pluginId/name}: unique across plugins, stable across restarts. */
  public String qualifiedName() {
    return pluginId + "/" + name;
  }

  /** A service property as strings: a single value, an array or a collection. */
  public java.util.List<String> stringsOf(String key) {
    Object value = properties.get(key);
    if (value == null) {
      return java.util.List.of();
    }
    if (value instanceof String[] array) {
      return java.util.List.of(array);
    }
    if (value instanceof java.util.Collection<?> collection) {
      return collection.stream().map(String::valueOf).toList();
    }
    return java.util.List.of(value.toString());
  }
}
