package io.atrium.forms.internal;

import io.atrium.forms.storage.RecordAggregates;
import io.atrium.sdk.dataset.Dataset;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/** Registers a {@link Dataset} service for every published form, and one more for each form published later. */
@Component(immediate = true, service = FormDatasets.class)
public class FormDatasets {

  private final PerFormServices<Dataset> datasets;

  /** Registers the datasets of the forms published so far. */
  @Activate
  public FormDatasets(BundleContext context, @Reference PublishedForms forms, @Reference RecordAggregates aggregates,
      @Reference Transactions transactions, @Reference CurrentUser user, @Reference AccessService access) {
    datasets = new PerFormServices<>(context, Dataset.class, Dataset.KEY_PROPERTY,
        key -> new FormDataset(key, forms, aggregates, user, access), Dataset::key, forms, transactions);
  }

  /** Withdraws the datasets when the plugin stops. */
  @Deactivate
  void deactivate() {
    datasets.close();
  }
}
