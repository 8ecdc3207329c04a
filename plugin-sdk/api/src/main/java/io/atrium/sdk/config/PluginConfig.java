package io.atrium.sdk.config;

import java.time.Duration;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Host service, one per plugin: reads the plugin's settings. */
@ProviderType
public interface PluginConfig {

  /** The namespace of this plugin's keys, e.g. {@code atrium.plugin.hello.}. */
  String namespace();

  /** The raw value of a key, or its default from the plugin's {@link ConfigSchema}. */
  Optional<String> get(String key);

  /** The value, or {@code defaultValue} when unset. */
  default String get(String key, String defaultValue) {
    return get(key).orElse(defaultValue);
  }

  /**
   * The value as an integer.
   *
   * @throws InvalidConfigException when set but not an integer
   */
  int getInt(String key, int defaultValue);

  /** The value as a boolean: {@code true} or {@code false}, any case. */
  boolean getBoolean(String key, boolean defaultValue);

  /**
   * The value as a duration, in ISO-8601 ({@code PT30S}) or short form ({@code 30s}, {@code 5m},
   * {@code 2h}, {@code 1d}).
   */
  Duration getDuration(String key, Duration defaultValue);
}
