package io.atrium.forms.internal;

import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;

/**
 * The start of every call on a form's records: its current version, and the caller's permission
 * for the action. An unknown form is told before a missing permission, in the caller's language.
 */
final class PermittedForms {

  private final PublishedForms forms;
  private final CurrentUser user;

  /** The forms as the calling user may reach them. */
  PermittedForms(PublishedForms forms, CurrentUser user) {
    this.forms = forms;
    this.user = user;
  }

  /** The current version of a form, once the caller has its permission for {@code action} ({@code forms:<key>:<action>}). */
  CurrentForm permitted(String formKey, String action) {
    CurrentForm form = current(formKey);
    require(formKey, action);
    return form;
  }

  /** The current version of a form; {@link FormNotFoundException} when it has none. */
  CurrentForm current(String formKey) {
    return forms.current(formKey).orElseThrow(() -> new FormNotFoundException(
        FormsTexts.text(user.locale(), "forms.records.noForm", formKey)));
  }

  /** Refuses a caller without {@code forms:<key>:<action>}. */
  void require(String formKey, String action) {
    String permission = FormPermissions.of(formKey, action);
    if (!user.isPermitted(permission)) {
      throw new AccessDeniedException(permission);
    }
  }
}
