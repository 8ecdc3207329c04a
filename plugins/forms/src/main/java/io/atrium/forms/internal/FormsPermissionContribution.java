package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.StoredForm;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.PermissionContribution;
import io.atrium.sdk.security.PermissionDefinition;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Declares designing forms, and per published form the actions on its records, so roles can grant them. */
@Component(service = PermissionContribution.class)
public class FormsPermissionContribution implements PermissionContribution {

  private final FormStore store;
  private final Transactions transactions;

  /** Declarative Services injects the store. */
  @Activate
  public FormsPermissionContribution(@Reference FormStore store, @Reference Transactions transactions) {
    this.store = store;
    this.transactions = transactions;
  }

  @Override
  public List<PermissionDefinition> permissions() {
    List<PermissionDefinition> permissions = new ArrayList<>();
    permissions.add(PermissionDefinition.of(FormPermissions.DESIGN, "forms.permission.design"));
    List<StoredForm> forms = transactions.required(() -> store.list(false));
    for (StoredForm form : forms) {
      if (form.published()) {
        for (String action : FormPermissions.RECORD_ACTIONS) {
          permissions.add(PermissionDefinition.of(FormPermissions.of(form.key(), action),
              "forms.permission.record." + action));
        }
      }
    }
    return permissions;
  }
}
