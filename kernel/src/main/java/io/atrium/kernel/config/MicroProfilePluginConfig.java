package io.atrium.kernel.config;

import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.host.Whiteboard;
import io.atrium.sdk.config.ConfigProperty;
import io.atrium.sdk.config.ConfigSchema;
import io.atrium.sdk.config.InvalidConfigException;
import io.atrium.sdk.config.PluginConfig;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/** A plugin's settings from MicroProfile Config under {@code atrium.plugin.<id>.}, with schema defaults. */
public final class MicroProfilePluginConfig implements PluginConfig {

  private final String pluginId;
  private final Config config;
  private final Whiteboard<ConfigSchema> schemas;

  /** Creates the settings view of one plugin. */
  public MicroProfilePluginConfig(String pluginId, Config config, Whiteboard<ConfigSchema> schemas) {
    this.pluginId = pluginId;
    this.config = config;
    this.schemas = schemas;
  }

  @Override
  public String namespace() {
    return "atrium.plugin." + pluginId + ".";
  }

  @Override
  public Optional<String> get(String key) {
    Optional<String> value = config.getOptionalValue(namespace() + key, String.class)
        .map(String::trim).filter(v -> !v.isEmpty());
    return value.isPresent() ? value : schemaDefault(key);
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
    String text = value.get().toLowerCase(java.util.Locale.ROOT);
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

  private Optional<String> schemaDefault(String key) {
    for (Contribution<ConfigSchema> schema : schemas.ofPlugin(pluginId)) {
      for (ConfigProperty property : schema.service().properties()) {
        if (property.key().equals(key)) {
          return property.defaultValue();
        }
      }
    }
    return Optional.empty();
  }
}
