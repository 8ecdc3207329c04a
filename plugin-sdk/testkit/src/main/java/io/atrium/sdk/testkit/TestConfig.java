package io.atrium.sdk.testkit;

import io.atrium.kernel.config.DurationText;
import io.atrium.sdk.config.ConfigProperty;
import io.atrium.sdk.config.ConfigSchema;
import io.atrium.sdk.config.InvalidConfigException;
import io.atrium.sdk.config.PluginConfig;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plugin settings a test sets directly. Values are read with the server's rules: defaults from
 * registered {@link ConfigSchema}s, durations such as {@code 30s} or {@code PT30S}, strict booleans.
 */
public final class TestConfig implements PluginConfig {

  private final String pluginId;
  private final Map<String, String> values = new ConcurrentHashMap<>();
  private final List<ConfigSchema> schemas = new CopyOnWriteArrayList<>();

  TestConfig(String pluginId) {
    this.pluginId = pluginId;
  }

  /** Sets a setting. */
  public TestConfig set(String key, String value) {
    values.put(key, value);
    return this;
  }

  /** Registers a schema whose defaults apply to unset keys, as the plugin's component does on the server. */
  public TestConfig schema(ConfigSchema schema) {
    schemas.add(schema);
    return this;
  }

  @Override
  public String namespace() {
    return "atrium.plugin." + pluginId + ".";
  }

  @Override
  public Optional<String> get(String key) {
    String value = values.get(key);
    if (value != null && !value.isBlank()) {
      return Optional.of(value.trim());
    }
    for (ConfigSchema schema : schemas) {
      for (ConfigProperty property : schema.properties()) {
        if (property.key().equals(key)) {
          return property.defaultValue();
        }
      }
    }
    return Optional.empty();
  }

  @Override
  public int getInt(String key, int defaultValue) {
    Optional<String> value = get(key);
    try {
      return value.map(Integer::parseInt).orElse(defaultValue);
    } catch (NumberFormatException e) {
      throw new InvalidConfigException("Setting " + namespace() + key + " = '" + value.get()
          + "' is not a whole number");
    }
  }

  @Override
  public boolean getBoolean(String key, boolean defaultValue) {
    Optional<String> value = get(key);
    if (value.isEmpty()) {
      return defaultValue;
    }
    String text = value.get().toLowerCase(Locale.ROOT);
    if (!text.equals("true") && !text.equals("false")) {
      throw new InvalidConfigException("Setting " + namespace() + key + " = '" + value.get()
          + "' is neither true nor false");
    }
    return Boolean.parseBoolean(text);
  }

  @Override
  public Duration getDuration(String key, Duration defaultValue) {
    Optional<String> value = get(key);
    try {
      return value.map(v -> DurationText.parse(namespace() + key, v)).orElse(defaultValue);
    } catch (IllegalArgumentException e) {
      throw new InvalidConfigException(e.getMessage());
    }
  }
}
