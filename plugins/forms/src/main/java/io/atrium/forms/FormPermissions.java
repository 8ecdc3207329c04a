package io.atrium.forms;

import java.util.List;

/** The permissions of forms: designing in general, and per form the work on its records. */
public final class FormPermissions {

  /** Create, change and publish forms. */
  public static final String DESIGN = "forms:design";

  /** The actions on one form's records, the last part of {@code forms:<key>:<action>}. */
  public static final List<String> RECORD_ACTIONS = List.of("create", "view", "edit", "delete", "export", "import");

  private FormPermissions() {
  }

  /** The AccessService resource of a form, e.g. {@code forms:expense-claim}. */
  public static String resource(String formKey) {
    return "forms:" + formKey;
  }

  /** A permission on a form's records, e.g. {@code forms:expense-claim:view}. */
  public static String of(String formKey, String action) {
    return resource(formKey) + ":" + action;
  }
}
