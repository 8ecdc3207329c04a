package io.atrium.forms.internal;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Which fields a public intake page shows and accepts. Anonymous visitors have no roles, so role
 * field rules cannot speak for them; instead a field is public when its type is plain input a
 * stranger may give without JavaScript, and the designer did not keep it off the page. Never
 * public: user and department pickers and lookups (they would reveal the directory and other
 * records), files, images and signatures (anonymous uploads), rich text, regions and sub-tables
 * (they need scripts), serial numbers and formulas (computed), and options from a shared
 * dictionary (only inline options are shown).
 */
final class PublicFields {

  /** The types a public page can show as plain HTML input. */
  static final Set<FieldType> TYPES = EnumSet.of(FieldType.TEXT, FieldType.TEXTAREA, FieldType.INTEGER,
      FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT, FieldType.DATE, FieldType.DATETIME, FieldType.TIME,
      FieldType.SELECT, FieldType.MULTISELECT, FieldType.RADIO, FieldType.CHECKBOX, FieldType.SWITCH,
      FieldType.EMAIL, FieldType.PHONE, FieldType.URL);

  private PublicFields() {
  }

  /** The public fields of a schema, in form order. */
  static List<FieldDefinition> of(FormSchema schema, Collection<String> excluded) {
    return schema.fields().stream().filter(f -> isPublic(f, excluded)).toList();
  }

  /** Whether a field may be shown and filled on the public page. */
  static boolean isPublic(FieldDefinition field, Collection<String> excluded) {
    if (!TYPES.contains(field.type()) || excluded.contains(field.name())) {
      return false;
    }
    boolean choice = EnumSet.of(FieldType.SELECT, FieldType.MULTISELECT, FieldType.RADIO, FieldType.CHECKBOX)
        .contains(field.type());
    return !choice || field.options() != null && !field.options().isEmpty();
  }
}
