package io.atrium.sdk.testkit;

import io.atrium.sdk.metrics.PluginMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Metrics a test can read back. */
public final class TestMetrics implements PluginMetrics {

  private final Map<String, Long> counters = new ConcurrentHashMap<>();
  private final Map<String, Supplier<? extends Number>> gauges = new ConcurrentHashMap<>();

  @Override
  public void increment(String counter) {
    increment(counter, 1);
  }

  @Override
  public void increment(String counter, long amount) {
    counters.merge(checked(counter), amount, Long::sum);
  }

  @Override
  public void record(String timer, Duration duration) {
    counters.merge(checked(timer) + ".count", 1L, Long::sum);
  }

  @Override
  public void gauge(String name, Supplier<? extends Number> value) {
    gauges.put(checked(name), value);
  }

  /** The server accepts the same names: lower-case words of letters, digits and underscores, joined by dots. */
  private static String checked(String name) {
    if (name == null || !name.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*")) {
      throw new IllegalArgumentException("A metric name is lower-case words separated by dots: " + name);
    }
    return name;
  }

  /** The value of a counter, 0 if never incremented. */
  public long counter(String name) {
    return counters.getOrDefault(name, 0L);
  }

  /** The current value of a gauge, or null. */
  public Number gauge(String name) {
    Supplier<? extends Number> supplier = gauges.get(name);
    return supplier == null ? null : supplier.get();
  }
}
