package io.atrium.forms.internal;

import io.atrium.forms.PublishedForm;
import io.atrium.forms.storage.FormLayout;
import io.atrium.forms.storage.StoredForm;
import io.atrium.forms.validation.FormLogic;

/**
 * The published version of a form with what working on its records needs: the table layout and
 * the compiled validation logic.
 *
 * @param form the stored form
 * @param published its current version's schema
 * @param layout where each field is stored
 * @param logic the compiled rules, formulas and checks
 */
record CurrentForm(StoredForm form, PublishedForm published, FormLayout layout, FormLogic logic) {

  /** The form's key. */
  String key() {
    return form.key();
  }

  /** The version number. */
  int version() {
    return published.version();
  }
}
