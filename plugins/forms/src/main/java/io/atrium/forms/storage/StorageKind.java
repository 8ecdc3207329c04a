package io.atrium.forms.storage;

/** Where a field's values live. */
public enum StorageKind {
  /** One typed column of the record's (or line's) table. */
  COLUMN,
  /** A child table of values ({@code record_id, position, value}) for a multi-valued field. */
  VALUES,
  /** A child table of sub-table lines ({@code id, record_id, position, c<n>...}). */
  LINES
}
