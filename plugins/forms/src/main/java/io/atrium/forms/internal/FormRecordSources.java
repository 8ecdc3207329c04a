package io.atrium.forms.internal;

import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordSource;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Registers a {@link RecordSource} service for every published form, and one more for each form published later. */
@Component(immediate = true, service = FormRecordSources.class)
public class FormRecordSources {

  private static final Logger LOG = Logger.getLogger(FormRecordSources.class.getName());

  private final BundleContext context;
  private final PublishedForms forms;
  private final RecordStore store;
  private final Transactions transactions;
  private final EventPublisher events;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final Map<String, ServiceRegistration<RecordSource>> registrations = new ConcurrentHashMap<>();

  /** Registers the sources of the forms published so far. */
  @Activate
  public FormRecordSources(BundleContext context, @Reference PublishedForms forms, @Reference RecordStore store,
      @Reference Transactions transactions, @Reference EventPublisher events, @Reference CurrentUser user,
      @Reference AtriumClock clock) {
    this.context = context;
    this.forms = forms;
    this.store = store;
    this.transactions = transactions;
    this.events = events;
    this.user = user;
    this.clock = clock;
    forms.onPublished(form -> register(form.key()));
    try {
      transactions.required(() -> {
        forms.all().forEach(form -> register(form.key()));
        return null;
      });
    } catch (RuntimeException e) {
      // the plugin still serves its pages; sources appear as forms are published again
      LOG.log(Level.WARNING, "The record sources of published forms could not be registered", e);
    }
  }

  private void register(String key) {
    registrations.computeIfAbsent(key, k -> {
      FormRecordSource source = new FormRecordSource(k, forms, store, transactions, events, user, clock);
      Hashtable<String, Object> properties = new Hashtable<>();
      properties.put(RecordSource.KEY_PROPERTY, source.key());
      return context.registerService(RecordSource.class, source, properties);
    });
  }

  /** Withdraws the sources when the plugin stops. */
  @Deactivate
  void deactivate() {
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
