package io.atrium.kernel.portal;

import io.atrium.kernel.host.Contribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Contributions of made-up plugins, as a whiteboard would list them, and their texts. */
final class Fakes<T> {

  private final List<Contribution<T>> contributions = new ArrayList<>();
  private final Set<String> stopped = ConcurrentHashMap.newKeySet();
  private final Map<String, String> texts = new ConcurrentHashMap<>();

  /** Adds a service of a plugin. */
  Fakes<T> add(String pluginId, String name, T service) {
    contributions.add(new Contribution<>(pluginId, name, Map.of(), service));
    return this;
  }

  /** Marks a plugin as not running. */
  Fakes<T> stop(String pluginId) {
    stopped.add(pluginId);
    return this;
  }

  /** A text the plugins have, in every language ("zh:" prefix in Chinese). */
  Fakes<T> text(String key, String value) {
    texts.put(key, value);
    return this;
  }

  PortalParts<T> parts() {
    // in the whiteboard's order: by plugin id, then name
    return new PortalParts<>(() -> contributions.stream().sorted(java.util.Comparator
        .comparing((Contribution<T> c) -> c.pluginId()).thenComparing(Contribution::name)).toList(),
        id -> !stopped.contains(id), this::lookup);
  }

  private Optional<String> lookup(String key, Locale locale) {
    String value = texts.get(key);
    if (value == null) {
      return Optional.empty();
    }
    return Optional.of(locale.getLanguage().equals("zh") ? "zh:" + value : value);
  }
}
