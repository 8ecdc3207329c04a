package io.atrium.sdk.dataset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The answer to a query.
 *
 * @param columns the columns: the query's dimensions, then its measures
 * @param rows one list of values per row, in column order, typed as {@link ValueType} says; null for an
 *     empty value (a sum over no values, a group of records without a value); unmodifiable
 * @param truncated whether more rows matched than the query's limit
 */
public record DatasetResult(List<DatasetColumn> columns, List<List<Object>> rows, boolean truncated) {

  /** Checks that every row fits the columns and freezes the lists. */
  public DatasetResult {
    columns = List.copyOf(columns);
    List<List<Object>> frozen = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException("A row has " + row.size() + " values for " + columns.size() + " columns");
      }
      frozen.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    rows = Collections.unmodifiableList(frozen);
  }

  /** The value in a row and column. */
  public Object value(int row, int column) {
    return rows.get(row).get(column);
  }
}
