package io.atrium.sdk.dataset;

/**
 * The role a field plays by default. It guides report designers; which aggregates a field takes is
 * decided by its {@link ValueType} (see {@link Aggregate#accepts(ValueType)}).
 */
public enum FieldKind {
  /** Groups rows: a category, a person, a date, a status. */
  DIMENSION,
  /** Is aggregated: an amount, a quantity. */
  MEASURE
}
