package io.atrium.kernel.metrics;

import io.atrium.sdk.metrics.PluginMetrics;
import java.time.Duration;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/** A plugin's metrics in the application registry, named {@code atrium.plugin.<name>} with tag {@code plugin}. */
public final class MicroProfilePluginMetrics implements PluginMetrics {

  private final String pluginId;
  private final MetricRegistry registry;

  /** Creates the metrics of one plugin. */
  public MicroProfilePluginMetrics(String pluginId, MetricRegistry registry) {
    this.pluginId = pluginId;
    this.registry = registry;
  }

  @Override
  public void increment(String counter) {
    increment(counter, 1);
  }

  @Override
  public void increment(String counter, long amount) {
    registry.counter(name(counter), tag()).inc(amount);
  }

  @Override
  public void record(String timer, Duration duration) {
    registry.timer(name(timer), tag()).update(duration);
  }

  @Override
  public void gauge(String name, Supplier<? extends Number> value) {
    MetricID id = new MetricID(name(name), tag());
    registry.remove(id);
    registry.gauge(name(name), () -> value.get(), tag());
  }

  /** Removes every metric of the plugin, when it stops. */
  public static void removeAll(MetricRegistry registry, String pluginId) {
    registry.removeMatching((id, metric) -> id.getName().startsWith("atrium.plugin.")
        && pluginId.equals(id.getTags().get("plugin")));
  }

  private String name(String metric) {
    if (metric == null || !metric.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
      throw new IllegalArgumentException("A metric name is lower-case words separated by dots: " + metric);
    }
    return "atrium.plugin." + metric;
  }

  private Tag tag() {
    return new Tag("plugin", pluginId);
  }
}
