package io.atrium.forms.internal;

import io.atrium.sdk.persistence.Transactions;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * One OSGi service per published form, under a service property holding the service's own key: registered
 * for the forms published so far, for each form published later, and withdrawn on {@link #close()}.
 */
final class PerFormServices<S> implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PerFormServices.class.getName());

  private final BundleContext context;
  private final Class<S> type;
  private final String keyProperty;
  private final Function<String, S> create;
  private final Function<S, String> keyOf;
  private final Map<String, ServiceRegistration<S>> registrations = new ConcurrentHashMap<>();

  /** Registers a service made by {@code create} for every published form now and from now on. */
  PerFormServices(BundleContext context, Class<S> type, String keyProperty, Function<String, S> create,
      Function<S, String> keyOf, PublishedForms forms, Transactions transactions) {
    this.context = context;
    this.type = type;
    this.keyProperty = keyProperty;
    this.create = create;
    this.keyOf = keyOf;
    forms.onPublished(form -> register(form.key()));
    try {
      transactions.required(() -> {
        forms.all().forEach(form -> register(form.key()));
        return null;
      });
    } catch (RuntimeException e) {
      // the plugin still serves its pages; the services appear as forms are published again
      LOG.log(Level.WARNING, "The " + type.getSimpleName() + " services of published forms could not be registered",
          e);
    }
  }

  private void register(String key) {
    registrations.computeIfAbsent(key, k -> {
      S service = create.apply(k);
      Hashtable<String, Object> properties = new Hashtable<>();
      properties.put(keyProperty, keyOf.apply(service));
      return context.registerService(type, service, properties);
    });
  }

  @Override
  public void close() {
    registrations.values().forEach(registration -> {
      try {
        registration.unregister();
      } catch (IllegalStateException e) {
        // already gone with the bundle
      }
    });
    registrations.clear();
  }
}
