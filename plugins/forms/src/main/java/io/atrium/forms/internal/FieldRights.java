package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The caller's access to the fields of a form, as records, imports and exports apply it. */
final class FieldRights {

  private FieldRights() {
  }

  /** The access the caller's roles grant to each field of the current version. */
  static Map<String, FieldAccess> granted(AccessService access, CurrentForm form) {
    List<String> names = form.published().schema().fields().stream().map(FieldDefinition::name).toList();
    return access.fields(FormPermissions.resource(form.key()), names);
  }

  /**
   * What the caller may fill in when creating a record (or importing one): every field, except
   * where a role rule narrows a field below what the caller's permissions give by default (then
   * that rule holds).
   */
  static Map<String, FieldAccess> creatable(CurrentUser user, AccessService access, CurrentForm form) {
    FieldAccess byDefault = user.isPermitted(FormPermissions.of(form.key(), "edit")) ? FieldAccess.WRITE
        : user.isPermitted(FormPermissions.of(form.key(), "view")) ? FieldAccess.READ : FieldAccess.HIDDEN;
    Map<String, FieldAccess> fields = new LinkedHashMap<>(granted(access, form));
    fields.replaceAll((name, given) -> given == byDefault ? FieldAccess.WRITE : given);
    return fields;
  }
}
