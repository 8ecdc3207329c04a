package io.atrium.forms.internal;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.sdk.security.RowFilter;
import java.util.List;
import java.util.Set;

/**
 * What the current user may search in one form: the rows they reach and the fields they see.
 *
 * @param form the form
 * @param rows the row scope of {@code view}; never {@link RowFilter#none()}
 * @param hidden the names of the fields hidden from them
 * @param visible the other fields, in schema order
 */
record SearchScope(CurrentForm form, RowFilter rows, Set<String> hidden, List<FieldDefinition> visible) {

  /** The row filter to hand the store: null when every row is reachable. */
  RowFilter storeFilter() {
    return rows.all() ? null : rows;
  }
}
