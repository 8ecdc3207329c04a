package io.atrium.forms.internal;

import io.atrium.forms.storage.RecordAggregates;
import io.atrium.sdk.dataset.Dataset;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
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

/** Registers a {@link Dataset} service for every published form, and one more for each form published later. */
@Component(immediate = true, service = FormDatasets.class)
public class FormDatasets {

  private static final Logger LOG = Logger.getLogger(FormDatasets.class.getName());

  private final BundleContext context;
  private final PublishedForms forms;
  private final RecordAggregates aggregates;
  private final CurrentUser user;
  private final AccessService access;
  private final Map<String, ServiceRegistration<Dataset>> registrations = new ConcurrentHashMap<>();

  /** Registers the datasets of the forms published so far. */
  @Activate
  public FormDatasets(BundleContext context, @Reference PublishedForms forms, @Reference RecordAggregates aggregates,
      @Reference Transactions transactions, @Reference CurrentUser user, @Reference AccessService access) {
    this.context = context;
    this.forms = forms;
    this.aggregates = aggregates;
    this.user = user;
    this.access = access;
    forms.onPublished(form -> register(form.key()));
    try {
      transactions.required(() -> {
        forms.all().forEach(form -> register(form.key()));
        return null;
      });
    } catch (RuntimeException e) {
      // the plugin still serves its pages; datasets appear as forms are published again
      LOG.log(Level.WARNING, "The datasets of published forms could not be registered", e);
    }
  }

  private void register(String key) {
    registrations.computeIfAbsent(key, k -> {
      FormDataset dataset = new FormDataset(k, forms, aggregates, user, access);
      Hashtable<String, Object> properties = new Hashtable<>();
      properties.put(Dataset.KEY_PROPERTY, dataset.key());
      return context.registerService(Dataset.class, dataset, properties);
    });
  }

  /** Withdraws the datasets when the plugin stops. */
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
