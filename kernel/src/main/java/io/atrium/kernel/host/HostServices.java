package io.atrium.kernel.host;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceFactory;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers the kernel's implementations of SDK host services in the framework. Shared services are
 * one object for all; per-plugin services are service factories that hand each plugin bundle its own
 * instance, bound to its plugin id.
 */
public final class HostServices implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(HostServices.class.getName());

  private final BundleContext context;
  private final List<ServiceRegistration<?>> registrations = new ArrayList<>();

  /** Creates the registrar for a framework. */
  public HostServices(BundleContext context) {
    this.context = context;
  }

  /** Registers one object for every plugin. */
  public <S> HostServices shared(Class<S> type, S service) {
    registrations.add(context.registerService(type, service, properties()));
    return this;
  }

  /** Registers a service of which each plugin gets its own instance, made from its plugin id. */
  public <S> HostServices perPlugin(Class<S> type, Function<String, S> factory) {
    ServiceFactory<S> serviceFactory = new ServiceFactory<>() {
      @Override
      public S getService(Bundle bundle, ServiceRegistration<S> registration) {
        String pluginId = BundlePlugins.pluginId(bundle);
        if (pluginId == null) {
          LOG.warning(() -> "Bundle " + bundle.getSymbolicName() + " is not an Atrium plugin and cannot use "
              + type.getSimpleName());
          return null;
        }
        return factory.apply(pluginId);
      }

      @Override
      public void ungetService(Bundle bundle, ServiceRegistration<S> registration, S service) {
        if (service instanceof AutoCloseable closeable) {
          try {
            closeable.close();
          } catch (Exception e) {
            LOG.log(Level.FINE, "Closing a host service failed", e);
          }
        }
      }
    };
    registrations.add(context.registerService(type, serviceFactory, properties()));
    return this;
  }

  private static Hashtable<String, Object> properties() {
    Hashtable<String, Object> properties = new Hashtable<>();
    properties.put(Constants.SERVICE_VENDOR, "Atrium");
    properties.put("atrium.host.service", Boolean.TRUE);
    return properties;
  }

  @Override
  public void close() {
    for (ServiceRegistration<?> registration : registrations) {
      try {
        registration.unregister();
      } catch (IllegalStateException e) {
        // already gone with the framework
      }
    }
    registrations.clear();
  }
}
