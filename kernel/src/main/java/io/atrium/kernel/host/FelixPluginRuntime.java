package io.atrium.kernel.host;

import io.atrium.kernel.persistence.MigrationFailedException;
import io.atrium.kernel.persistence.SchemaMigrator;
import io.atrium.kernel.persistence.UrlResourceProvider;
import io.atrium.kernel.persistence.internal.PluginUnits;
import io.atrium.kernel.plugin.PluginManifest;
import io.atrium.kernel.plugin.PluginRejectedException;
import io.atrium.kernel.plugin.internal.PluginRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Runs plugins as bundles in the embedded Felix framework. Starting a plugin resolves its
 * bundle, applies its migrations, opens its persistence unit, starts it within a time limit and
 * checks that its Declarative Services components activated.
 */
public final class FelixPluginRuntime implements PluginRuntime {

  private static final Logger LOG = Logger.getLogger(FelixPluginRuntime.class.getName());
  private static final String LOCATION_PREFIX = "atrium:plugin:";
  private static final Pattern MISSING_PACKAGE = Pattern.compile("osgi\\.wiring\\.package=([^)\\s]+)\\)");
  private static final Pattern VERSION_FLOOR = Pattern.compile("^\\(version>=([^)]+)\\)");
  private static final Pattern VERSION_CEILING = Pattern.compile("^\\(version>=[^)]+\\)\\(!\\(version>=([^)]+)\\)\\)");
  private static final Pattern MISSING_ANY = Pattern.compile("missing requirement \\[.*?\\] ([\\w.]+); (\\S+)");

  private final BundleContext context;
  private final SchemaMigrator migrator;
  private final PluginUnits units;
  private final Duration startTimeout;

  /** Creates the runtime on a started framework. */
  public FelixPluginRuntime(BundleContext context, SchemaMigrator migrator, PluginUnits units, Duration startTimeout) {
    this.context = context;
    this.migrator = migrator;
    this.units = units;
    this.startTimeout = startTimeout;
  }

  @Override
  public void install(PluginManifest manifest, Path jar) throws PluginRejectedException {
    Bundle existing = bundle(manifest.id());
    try (InputStream in = Files.newInputStream(jar)) {
      if (existing != null) {
        stop(manifest.id());
        existing.update(in);
        refresh(existing);
      } else {
        context.installBundle(LOCATION_PREFIX + manifest.id(), in);
      }
    } catch (BundleException e) {
      throw new PluginRejectedException("Plugin '" + manifest.id() + "' could not be installed: "
          + e.getMessage(), e);
    } catch (IOException e) {
      throw new PluginRejectedException("Plugin '" + manifest.id() + "' could not be read from " + jar + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public void start(PluginManifest manifest) throws PluginRejectedException {
    Bundle bundle = requireBundle(manifest.id());
    resolve(manifest, bundle);
    migrate(manifest, bundle);
    openUnit(manifest, bundle);
    try {
      startWithTimeout(manifest, bundle);
      checkComponents(manifest, bundle);
    } catch (PluginRejectedException | RuntimeException e) {
      stop(manifest.id());
      throw e;
    }
  }

  @Override
  public void stop(String id) {
    Bundle bundle = bundle(id);
    try {
      if (bundle != null && (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
        bundle.stop();
      }
    } catch (BundleException e) {
      LOG.log(Level.WARNING, "Plugin " + id + " threw while stopping", e);
    } finally {
      units.close(id);
    }
  }

  @Override
  public void uninstall(String id) {
    Bundle bundle = bundle(id);
    units.close(id);
    if (bundle == null) {
      return;
    }
    try {
      bundle.uninstall();
      refresh(bundle);
    } catch (BundleException e) {
      LOG.log(Level.WARNING, "Uninstalling plugin " + id + " failed", e);
    }
  }

  @Override
  public boolean isInstalled(String id) {
    return bundle(id) != null;
  }

  @Override
  public boolean isActive(String id) {
    Bundle bundle = bundle(id);
    return bundle != null && bundle.getState() == Bundle.ACTIVE;
  }

  /** The bundle of a plugin, or null. */
  public Bundle bundle(String id) {
    return context.getBundle(LOCATION_PREFIX + id);
  }

  private Bundle requireBundle(String id) throws PluginRejectedException {
    Bundle bundle = bundle(id);
    if (bundle == null) {
      throw new PluginRejectedException("Plugin '" + id + "' is not installed.");
    }
    return bundle;
  }

  private void resolve(PluginManifest manifest, Bundle bundle) throws PluginRejectedException {
    FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
    if (wiring.resolveBundles(List.of(bundle))) {
      return;
    }
    String detail;
    try {
      // Felix explains a resolution failure only through the exception of a start attempt;
      // the bundle is unresolved, so this cannot start it
      bundle.start(Bundle.START_TRANSIENT);
      detail = "unknown reason";
    } catch (BundleException e) {
      detail = e.getMessage();
    }
    throw new PluginRejectedException(explainResolution(manifest.id(), detail));
  }

  /** Turns a resolver message into one an administrator can act on. */
  static String explainResolution(String id, String detail) {
    Matcher pkg = MISSING_PACKAGE.matcher(detail);
    if (pkg.find()) {
      StringBuilder versions = new StringBuilder();
      Matcher floor = VERSION_FLOOR.matcher(detail.substring(pkg.end()));
      if (floor.find()) {
        versions.append("version ").append(floor.group(1));
        Matcher ceiling = VERSION_CEILING.matcher(detail.substring(pkg.end()));
        if (ceiling.find()) {
          versions.append(" up to but not including ").append(ceiling.group(1));
        }
      }
      return "Plugin '" + id + "' cannot start: it imports package " + pkg.group(1)
          + (versions.length() == 0 ? "" : " (" + versions + ")")
          + ", which neither the platform nor any installed plugin exports. Install the plugin that provides it, "
          + "or rebuild this plugin so it does not need it. [" + detail + "]";
    }
    Matcher any = MISSING_ANY.matcher(detail);
    if (any.find()) {
      return "Plugin '" + id + "' cannot start: its requirement " + any.group(1) + " " + any.group(2)
          + " is not met by the platform or any installed plugin. [" + detail + "]";
    }
    return "Plugin '" + id + "' cannot be resolved: " + detail;
  }

  private void migrate(PluginManifest manifest, Bundle bundle) throws PluginRejectedException {
    String folder = manifest.migrations();
    Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", true);
    if (entries == null) {
      return;
    }
    Map<String, URL> scripts = new TreeMap<>();
    String root = "/" + folder.replaceAll("^/+|/+$", "") + "/";
    while (entries.hasMoreElements()) {
      URL url = entries.nextElement();
      String path = url.getPath();
      int at = path.indexOf(root);
      scripts.put(at >= 0 ? path.substring(at + root.length()) : path.substring(path.lastIndexOf('/') + 1), url);
    }
    try {
      int applied = migrator.migrate("plugin '" + manifest.id() + "'", manifest.tablePrefix(),
          new UrlResourceProvider(scripts));
      if (applied > 0) {
        LOG.info(() -> "Plugin " + manifest.id() + ": applied " + applied + " database migration(s)");
      }
    } catch (MigrationFailedException e) {
      throw new PluginRejectedException(e.getMessage(), e);
    }
  }

  private void openUnit(PluginManifest manifest, Bundle bundle) throws PluginRejectedException {
    if (manifest.entities().isEmpty()) {
      return;
    }
    BundleWiring wiring = bundle.adapt(BundleWiring.class);
    try {
      units.open(manifest.id(), wiring.getClassLoader(), manifest.entities(), manifest.tablePrefix());
    } catch (RuntimeException e) {
      throw new PluginRejectedException("Plugin '" + manifest.id() + "' has entities that cannot be mapped: "
          + rootMessage(e), e);
    }
  }

  private void startWithTimeout(PluginManifest manifest, Bundle bundle) throws PluginRejectedException {
    CompletableFuture<Void> start = CompletableFuture.runAsync(() -> {
      try {
        bundle.start();
      } catch (BundleException e) {
        throw new java.util.concurrent.CompletionException(e);
      }
    }, runnable -> {
      Thread thread = new Thread(runnable, "atrium-plugin-start-" + manifest.id());
      thread.setDaemon(true);
      thread.start();
    });
    try {
      start.get(startTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new PluginRejectedException("Plugin '" + manifest.id() + "' did not finish starting within "
          + startTimeout.toSeconds() + " s; its activator may be waiting for something that never comes.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PluginRejectedException("Starting plugin '" + manifest.id() + "' was interrupted.");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause() instanceof java.util.concurrent.CompletionException ce ? ce.getCause()
          : e.getCause();
      Throwable thrown = cause instanceof BundleException be && be.getCause() != null ? be.getCause() : cause;
      throw new PluginRejectedException("Plugin '" + manifest.id() + "' threw while starting: " + thrown, cause);
    }
  }

  private void checkComponents(PluginManifest manifest, Bundle bundle) throws PluginRejectedException {
    ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
    if (reference == null) {
      return;
    }
    ServiceComponentRuntime scr = context.getService(reference);
    try {
      List<String> failures = new ArrayList<>();
      for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
        for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
          if (configuration.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
            failures.add(description.name + ": " + firstLine(configuration.failure));
          }
        }
      }
      if (!failures.isEmpty()) {
        throw new PluginRejectedException("Plugin '" + manifest.id() + "' started but its components failed to "
            + "activate: " + String.join("; ", failures));
      }
    } finally {
      context.ungetService(reference);
    }
  }

  /** Component states of a plugin, for the admin console: component name → state word. */
  public Map<String, String> componentStates(String id) {
    Map<String, String> states = new TreeMap<>();
    Bundle bundle = bundle(id);
    ServiceReference<ServiceComponentRuntime> reference = context.getServiceReference(ServiceComponentRuntime.class);
    if (bundle == null || reference == null) {
      return states;
    }
    ServiceComponentRuntime scr = context.getService(reference);
    try {
      for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs(bundle)) {
        String state = "disabled";
        for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
          state = switch (configuration.state) {
            case ComponentConfigurationDTO.ACTIVE -> "active";
            case ComponentConfigurationDTO.SATISFIED -> "satisfied";
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "waiting for "
                + java.util.Arrays.stream(configuration.unsatisfiedReferences).map(r -> r.target == null ? r.name
                    : r.name + " " + r.target).toList();
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "waiting for configuration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> "failed: " + firstLine(configuration.failure);
            default -> "unknown";
          };
        }
        states.put(description.name, state);
      }
    } finally {
      context.ungetService(reference);
    }
    return states;
  }

  /** Service interfaces a plugin registered, e.g. {@code io.atrium.examples.hello.GreetingService}. */
  public List<String> registeredServices(String id) {
    Bundle bundle = bundle(id);
    List<String> services = new ArrayList<>();
    if (bundle == null || bundle.getRegisteredServices() == null) {
      return services;
    }
    for (ServiceReference<?> reference : bundle.getRegisteredServices()) {
      Object classes = reference.getProperty("objectClass");
      if (classes instanceof String[] names) {
        services.addAll(List.of(names));
      }
    }
    services.sort(null);
    return services;
  }

  private void refresh(Bundle bundle) {
    FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
    CountDownLatch done = new CountDownLatch(1);
    wiring.refreshBundles(List.of(bundle), event -> {
      if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED || event.getType() == FrameworkEvent.ERROR) {
        done.countDown();
      }
    });
    try {
      if (!done.await(30, TimeUnit.SECONDS)) {
        LOG.warning("Refreshing bundle wiring took longer than 30 seconds");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String firstLine(String text) {
    if (text == null) {
      return "(no details)";
    }
    String line = text.strip().split("\\R", 2)[0];
    return line.length() > 500 ? line.substring(0, 500) + "…" : line;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + root.getMessage() + ")";
  }
}
