package io.atrium.kernel.ui;

import io.atrium.kernel.host.BundlePlugins;
import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.host.Whiteboard;
import io.atrium.sdk.plugin.PluginState;
import io.atrium.sdk.plugin.Plugins;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import io.atrium.sdk.ui.MenuItem;
import io.atrium.sdk.ui.UiContribution;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.Filter;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * What the portal needs from running plugins: menu items, views and static files, controllers and
 * translated texts. Everything comes from plugins that are {@link PluginState#ACTIVE} right now, so a
 * stopped plugin's pages and menu entries vanish at once.
 */
public final class UiRegistry implements AutoCloseable {

  /** Folder of a plugin's views and static files inside its bundle. */
  public static final String RESOURCES = "META-INF/resources/";

  private final Plugins plugins;
  private final Function<String, Bundle> bundles;
  private final Whiteboard<UiContribution> contributions;
  private final ServiceTracker<Object, ControllerRef> controllers;
  private final Map<String, ControllerRef> controllersByName = new ConcurrentHashMap<>();
  private final PluginTexts texts;

  /**
   * Creates the registry.
   *
   * @param plugins the plugin states
   * @param bundles the bundle of a plugin id, or null
   */
  public UiRegistry(BundleContext context, Plugins plugins, Function<String, Bundle> bundles) {
    this.plugins = plugins;
    this.bundles = bundles;
    this.contributions = new Whiteboard<>(context, UiContribution.class);
    this.texts = new PluginTexts(id -> activeBundle(id).map(b -> (Function<String, URL>) b::getEntry));
    this.controllers = new ServiceTracker<>(context, controllerFilter(context), null) {
      @Override
      public ControllerRef addingService(ServiceReference<Object> reference) {
        String pluginId = BundlePlugins.pluginId(reference);
        Object name = reference.getProperty(Controller.NAME_PROPERTY);
        if (pluginId == null || name == null) {
          return null;
        }
        ControllerScope scope = scopeOf(reference.getProperty(Controller.SCOPE_PROPERTY));
        ServiceObjects<Object> objects = context.getServiceObjects(reference);
        ControllerRef ref = new ControllerRef(name.toString(), pluginId, scope, objects);
        ControllerRef existing = controllersByName.putIfAbsent(ref.name(), ref);
        if (existing != null) {
          java.util.logging.Logger.getLogger(UiRegistry.class.getName()).warning(() -> "Plugin " + pluginId
              + " registers a controller named '" + ref.name() + "', which plugin " + existing.pluginId()
              + " already uses; views keep reaching the one of " + existing.pluginId()
              + ". Controller names should start with the plugin id.");
        }
        return ref;
      }

      @Override
      public void removedService(ServiceReference<Object> reference, ControllerRef ref) {
        if (controllersByName.remove(ref.name(), ref)) {
          // a controller of the same name from another plugin takes over
          getTracked().values().stream().filter(other -> other != ref && other.name().equals(ref.name()))
              .findFirst().ifPresent(other -> controllersByName.putIfAbsent(other.name(), other));
        }
      }
    };
    controllers.open(true);
  }

  /** The side menu for a user: items of active plugins the user may see, translated, in order. */
  public List<MenuEntry> menu(Predicate<String> permitted, Locale locale) {
    List<MenuEntry> entries = new ArrayList<>();
    for (Contribution<UiContribution> contribution : contributions.all()) {
      if (!isActive(contribution.pluginId())) {
        continue;
      }
      for (MenuItem item : safeMenuItems(contribution)) {
        if (item.permission().map(permitted::test).orElse(true)) {
          entries.add(new MenuEntry(contribution.pluginId(), item.id(),
              text(item.labelKey(), locale)
                  .orElse(item.labelKey()),
              "/" + contribution.pluginId() + "/" + item.view(), item.icon(), item.order()));
        }
      }
    }
    entries.sort(Comparator.comparingInt(MenuEntry::getOrder).thenComparing(MenuEntry::getLabel));
    return entries;
  }

  /** The menu items of a plugin, for the admin console. */
  public List<MenuItem> menuItemsOf(String pluginId) {
    List<MenuItem> items = new ArrayList<>();
    for (Contribution<UiContribution> contribution : contributions.ofPlugin(pluginId)) {
      items.addAll(safeMenuItems(contribution));
    }
    return items;
  }

  /**
   * The bundle entry behind a request path such as {@code /hello/index.xhtml}, when it belongs to an
   * active plugin and exists.
   */
  public Optional<URL> resource(String path) {
    PluginPath pluginPath = PluginPath.parse(path);
    if (pluginPath == null) {
      return Optional.empty();
    }
    return activeBundle(pluginPath.pluginId())
        .map(bundle -> bundle.getEntry(RESOURCES + pluginPath.pluginId() + "/" + pluginPath.relative()));
  }

  /** The plugin that a request path belongs to (active or not), if it names an installed plugin. */
  public Optional<String> pluginOf(String path) {
    PluginPath pluginPath = PluginPath.parse(path);
    if (pluginPath == null) {
      return Optional.empty();
    }
    return plugins.find(pluginPath.pluginId()).map(p -> p.id());
  }

  /** Whether a plugin is running. */
  public boolean isActive(String pluginId) {
    return plugins.find(pluginId).map(p -> p.state() == PluginState.ACTIVE).orElse(false);
  }

  /**
   * The permission guarding a plugin view, if the plugin declared one. When several patterns match,
   * the most specific wins: an exact path, then the longest folder pattern, then {@code *}.
   */
  public Optional<String> viewPermission(String path) {
    PluginPath pluginPath = PluginPath.parse(path);
    if (pluginPath == null) {
      return Optional.empty();
    }
    String best = null;
    String permission = null;
    for (Contribution<UiContribution> contribution : contributions.ofPlugin(pluginPath.pluginId())) {
      for (Map.Entry<String, String> rule : contribution.service().viewPermissions().entrySet()) {
        if (globMatches(rule.getKey(), pluginPath.relative())
            && (best == null || specificity(rule.getKey()) > specificity(best))) {
          best = rule.getKey();
          permission = rule.getValue();
        }
      }
    }
    return Optional.ofNullable(permission);
  }

  /** Exact paths beat folder patterns, longer folders beat shorter ones, {@code *} comes last. */
  static int specificity(String pattern) {
    if (pattern.equals("*") || pattern.equals("**")) {
      return 0;
    }
    return pattern.endsWith("/*") ? pattern.length() : 10_000 + pattern.length();
  }

  /** The controller with an EL name, if its plugin is active. */
  public Optional<ControllerRef> controller(String name) {
    ControllerRef ref = controllersByName.get(name);
    return ref != null && isActive(ref.pluginId()) ? Optional.of(ref) : Optional.empty();
  }

  /** A plugin text such as {@code hello.title}. */
  public Optional<String> text(String key, Locale locale) {
    return texts.text(key, locale);
  }

  /** A text of one plugin's bundle, whatever its key starts with; empty when missing or the plugin is not active. */
  public Optional<String> text(String pluginId, String key, Locale locale) {
    return texts.text(pluginId, key, locale);
  }

  /** Forgets cached texts of a plugin whose state changed. */
  public void pluginChanged(String pluginId) {
    texts.forget(pluginId);
  }

  @Override
  public void close() {
    controllers.close();
    contributions.close();
  }

  private Optional<Bundle> activeBundle(String pluginId) {
    if (!isActive(pluginId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(bundles.apply(pluginId));
  }

  private static List<MenuItem> safeMenuItems(Contribution<UiContribution> contribution) {
    try {
      List<MenuItem> items = contribution.service().menuItems();
      return items == null ? List.of() : items;
    } catch (RuntimeException e) {
      java.util.logging.Logger.getLogger(UiRegistry.class.getName()).log(java.util.logging.Level.WARNING,
          "Menu items of " + contribution.qualifiedName() + " failed", e);
      return List.of();
    }
  }

  static boolean globMatches(String pattern, String path) {
    if (pattern.equals("*") || pattern.equals("**")) {
      return true;
    }
    if (pattern.endsWith("/*")) {
      return path.startsWith(pattern.substring(0, pattern.length() - 1));
    }
    return pattern.equals(path);
  }

  private static ControllerScope scopeOf(Object value) {
    if (value == null) {
      return ControllerScope.VIEW;
    }
    try {
      return ControllerScope.valueOf(value.toString());
    } catch (IllegalArgumentException e) {
      return ControllerScope.VIEW;
    }
  }

  private static Filter controllerFilter(BundleContext context) {
    try {
      return context.createFilter("(&(" + Constants.OBJECTCLASS + "=*)(" + Controller.NAME_PROPERTY + "=*))");
    } catch (InvalidSyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A request path split into plugin id and path inside the plugin's folder. */
  record PluginPath(String pluginId, String relative) {
    static PluginPath parse(String path) {
      if (path == null || !path.startsWith("/") || path.contains("..") || path.contains("\\")) {
        return null;
      }
      int slash = path.indexOf('/', 1);
      if (slash < 0 || slash == path.length() - 1) {
        return null;
      }
      String pluginId = path.substring(1, slash);
      if (!io.atrium.kernel.plugin.PluginId.isValid(pluginId)) {
        return null;
      }
      return new PluginPath(pluginId, path.substring(slash + 1));
    }
  }
}
