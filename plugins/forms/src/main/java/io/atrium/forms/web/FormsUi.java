package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormSummary;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.MenuItem;
import io.atrium.sdk.ui.UiContribution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The side menu's "Forms" entry and, under it, one entry per published form the user may view,
 * leading to its records. The portal asks for the menu on every page, as the signed-in user, so the
 * entries follow the forms as they are published.
 */
@Component
public class FormsUi implements UiContribution {

  private static final Logger LOG = Logger.getLogger(FormsUi.class.getName());

  /** Menu position of the forms entries. */
  static final int ORDER = 300;

  private final FormCatalog catalog;
  private final CurrentUser user;

  /** Declarative Services injects the catalog and the caller. */
  @Activate
  public FormsUi(@Reference FormCatalog catalog, @Reference CurrentUser user) {
    this.catalog = catalog;
    this.user = user;
  }

  @Override
  public List<MenuItem> menuItems() {
    List<MenuItem> items = new ArrayList<>();
    items.add(MenuItem.builder("forms", "forms.ui.menu", "index.xhtml")
        .icon("pi pi-list")
        .permission(FormsUiPermissions.USE)
        .order(ORDER)
        .build());
    if (!user.isPermitted(FormsUiPermissions.USE)) {
      return items;
    }
    try {
      for (FormSummary form : catalog.forms()) {
        String view = FormPermissions.of(form.key(), "view");
        if (form.publishedVersion() > 0 && user.isPermitted(view)) {
          // the label key is the form's name itself: a missing key is shown as it is
          items.add(MenuItem.builder("records-" + form.key(), form.name(), "records.xhtml?form=" + form.key())
              .icon("pi pi-table")
              .permission(view)
              .order(ORDER + 1)
              .build());
        }
      }
    } catch (RuntimeException e) {
      // the menu must render whatever the catalog does; the forms list shows the error instead
      LOG.log(Level.WARNING, "Cannot list the forms for the menu", e);
    }
    return items;
  }

  @Override
  public Map<String, String> viewPermissions() {
    // every page needs forms:use; the designer needs forms:design; record pages check the form's
    // own permission in their controllers (it depends on the form in the query string)
    return Map.of("*", FormsUiPermissions.USE, "designer.xhtml", FormPermissions.DESIGN,
        "print-template.xhtml", FormPermissions.DESIGN);
  }
}
