package io.atrium.forms.internal;

import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordSource;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Registers a {@link RecordSource} service for every published form, and one more for each form published later. */
@Component(immediate = true, service = FormRecordSources.class)
public class FormRecordSources {

  private final PerFormServices<RecordSource> sources;

  /** Registers the sources of the forms published so far. */
  @Activate
  public FormRecordSources(BundleContext context, @Reference PublishedForms forms, @Reference RecordStore store,
      @Reference Transactions transactions, @Reference EventPublisher events, @Reference CurrentUser user,
      @Reference AtriumClock clock, @Reference Directory directory) {
    sources = new PerFormServices<>(context, RecordSource.class, RecordSource.KEY_PROPERTY,
        key -> new FormRecordSource(key, forms, store, transactions, events, user, clock,
            directory), RecordSource::key, forms,
        transactions);
  }

  /** Withdraws the sources when the plugin stops. */
  @Deactivate
  void deactivate() {
    sources.close();
  }
}
