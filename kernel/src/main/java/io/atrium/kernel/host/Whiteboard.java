package io.atrium.kernel.host;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The services of one SDK SPI type that plugins registered, kept current as plugins start and
 * stop. Services of bundles that are not Atrium plugins are ignored.
 */
public final class Whiteboard<T> implements AutoCloseable {

  private final Class<T> type;
  private final ServiceTracker<T, Contribution<T>> tracker;

  /** Starts tracking services of {@code type}. */
  public Whiteboard(BundleContext context, Class<T> type) {
    this.type = type;
    this.tracker = new ServiceTracker<>(context, type, null) {
      @Override
      public Contribution<T> addingService(ServiceReference<T> reference) {
        String pluginId = BundlePlugins.pluginId(reference);
        if (pluginId == null) {
          return null;
        }
        T service = context.getService(reference);
        if (service == null) {
          return null;
        }
        Map<String, Object> properties = new HashMap<>();
        for (String key : reference.getPropertyKeys()) {
          properties.put(key, reference.getProperty(key));
        }
        return new Contribution<>(pluginId, BundlePlugins.componentName(reference), Map.copyOf(properties), service);
      }

      @Override
      public void removedService(ServiceReference<T> reference, Contribution<T> contribution) {
        context.ungetService(reference);
      }
    };
    tracker.open();
  }

  /** The SPI type. */
  public Class<T> type() {
    return type;
  }

  /** All current contributions, ordered by plugin id and name. */
  public List<Contribution<T>> all() {
    Map<ServiceReference<T>, Contribution<T>> tracked = tracker.getTracked();
    List<Contribution<T>> list = new ArrayList<>(tracked.values());
    list.sort(Comparator.comparing(Contribution<T>::pluginId).thenComparing(Contribution::name));
    return list;
  }

  /** Contributions matching a predicate. */
  public List<Contribution<T>> matching(Predicate<Contribution<T>> predicate) {
    return all().stream().filter(predicate).toList();
  }

  /** The contribution with this qualified name, if present. */
  public Optional<Contribution<T>> find(String qualifiedName) {
    return all().stream().filter(c -> c.qualifiedName().equals(qualifiedName)).findFirst();
  }

  /** The contributions of one plugin. */
  public List<Contribution<T>> ofPlugin(String pluginId) {
    return matching(c -> c.pluginId().equals(pluginId));
  }

  @Override
  public void close() {
    tracker.close();
  }
}
