package io.atrium.kernel.host;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;

/**
 * The embedded Apache Felix framework: started with the SDK and platform APIs exported from the
 * system bundle, then Felix SCR (Declarative Services) before any plugin.
 */
public final class FrameworkHost {

  private static final Logger LOG = Logger.getLogger(FrameworkHost.class.getName());

  /** Framework bundles inside the kernel jar, installed and started in this order. */
  static final String[] FRAMEWORK_BUNDLES = {"felix.scr.jar"};

  private final Path storage;
  private Framework framework;

  /** Creates the host; the framework keeps its cache in {@code storage}, wiped at each start. */
  public FrameworkHost(Path storage) {
    this.storage = storage;
  }

  /** Starts the framework and the framework bundles. */
  public synchronized BundleContext start() throws BundleException {
    Map<String, Object> config = new HashMap<>();
    config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
    config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
    config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
        SystemPackages.extraPackages(FrameworkHost.class.getClassLoader()));
    config.put(Constants.FRAMEWORK_BUNDLE_PARENT, Constants.FRAMEWORK_BUNDLE_PARENT_FRAMEWORK);
    // URL handlers are JVM-wide; the container owns them
    config.put("felix.service.urlhandlers", "false");
    config.put("felix.log.logger", new JulFelixLogger());
    config.put("felix.log.level", "2");
    config.put("ds.loglevel", "warn");
    framework = new org.apache.felix.framework.FrameworkFactory().newFramework(config);
    framework.init();
    framework.start();
    BundleContext context = framework.getBundleContext();
    for (String name : FRAMEWORK_BUNDLES) {
      try (InputStream in = FrameworkHost.class.getResourceAsStream("/META-INF/atrium/framework/" + name)) {
        if (in == null) {
          throw new IllegalStateException("Framework bundle " + name + " is missing from the kernel jar");
        }
        Bundle bundle = context.installBundle("atrium:framework:" + name, in);
        bundle.start();
      } catch (IOException e) {
        throw new BundleException("Cannot read framework bundle " + name, e);
      }
    }
    LOG.info(() -> "OSGi framework started with " + context.getBundles().length + " bundles");
    return context;
  }

  /** The system bundle's context. */
  public synchronized BundleContext context() {
    if (framework == null) {
      throw new IllegalStateException("The OSGi framework is not running");
    }
    return framework.getBundleContext();
  }

  /** Stops the framework, waiting up to 30 seconds. */
  public synchronized void stop() {
    if (framework == null) {
      return;
    }
    try {
      framework.stop();
      FrameworkEvent event = framework.waitForStop(30_000);
      if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
        LOG.warning("The OSGi framework did not stop within 30 seconds");
      }
    } catch (BundleException | InterruptedException e) {
      LOG.log(Level.WARNING, "Stopping the OSGi framework failed", e);
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
    } finally {
      framework = null;
    }
  }

  /** Routes Felix's log to java.util.logging. */
  static final class JulFelixLogger extends org.apache.felix.framework.Logger {
    private static final Logger FELIX = Logger.getLogger("org.apache.felix");

    @Override
    protected void doLog(int level, String msg, Throwable throwable) {
      Level julLevel = switch (level) {
        case LOG_ERROR -> Level.SEVERE;
        case LOG_WARNING -> Level.WARNING;
        case LOG_INFO -> Level.INFO;
        default -> Level.FINE;
      };
      FELIX.log(julLevel, msg, throwable);
    }
  }
}
