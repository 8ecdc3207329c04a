package io.atrium.sdk.testkit;

import io.atrium.sdk.config.InvalidConfigException;
import io.atrium.sdk.config.PluginConfig;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Plugin settings a test sets directly. */
public final class TestConfig implements PluginConfig {

  private final String pluginId;
  private final Map<String, String> values = new ConcurrentHashMap<>();

  TestConfig(String pluginId) {
    this.pluginId = pluginId;
  }

  /** Sets a setting. */
  public TestConfig set(String key, String value) {
    values.put(key, value);
    return this;
  }

  @Override
  public String namespace() {
    return "atrium.plugin." + pluginId + ".";
  }

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  @Override
  public int getInt(String key, int defaultValue) {
    try {
      return get(key).map(Integer::parseInt).orElse(defaultValue);
    } catch (NumberFormatException e) {
      throw new InvalidConfigException("Setting " + namespace() + key + " is not a whole number");
    }
  }

  @Override
  public boolean getBoolean(String key, boolean defaultValue) {
    return get(key).map(Boolean::parseBoolean).orElse(defaultValue);
  }

  @Override
  public Duration getDuration(String key, Duration defaultValue) {
    return get(key).map(Duration::parse).orElse(defaultValue);
  }
}
