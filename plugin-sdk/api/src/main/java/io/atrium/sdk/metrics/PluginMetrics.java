package io.atrium.sdk.metrics;

import java.time.Duration;
import java.util.function.Supplier;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service, one per plugin: metrics tagged with the plugin's id. Names are lower-case words
 * (letters, digits, underscores) separated by dots, e.g. {@code greetings.created}. A plugin's metrics go away when it stops.
 */
@ProviderType
public interface PluginMetrics {

  /** Adds one to a counter. */
  void increment(String counter);

  /** Adds {@code amount} to a counter. */
  void increment(String counter, long amount);

  /** Records one timed operation. */
  void record(String timer, Duration duration);

  /** Registers a gauge read on demand; registering the same name again replaces it. */
  void gauge(String name, Supplier<? extends Number> value);
}
