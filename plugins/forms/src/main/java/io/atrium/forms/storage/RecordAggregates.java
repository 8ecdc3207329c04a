package io.atrium.forms.storage;

import io.atrium.sdk.dataset.DatasetField;
import io.atrium.sdk.dataset.DatasetQuery;
import io.atrium.sdk.dataset.DatasetResult;
import io.atrium.sdk.security.RowFilter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Dataset queries over the generated tables of a published form: grouped, aggregated and filtered
 * in SQL, over live records only. The fields are the single-valued fields a report can use (text,
 * numbers, dates, times, switches, users, departments), the line fields of sub-tables as
 * {@code <sub-table>.<field>}, and the system attributes {@code serial}, {@code status},
 * {@code ownerId}, {@code departmentId}, {@code createdAt}, {@code updatedAt}. A query that uses
 * line fields of a sub-table runs over its lines (each joined with its record).
 */
@ProviderType
public interface RecordAggregates {

  /**
   * The fields of the layout a dataset offers, labelled in the language.
   *
   * @param hidden names of top-level fields hidden from the reader: left out, with a sub-table's lines
   */
  List<DatasetField> fields(FormLayout layout, Set<String> hidden, Locale locale);

  /**
   * Runs a query over the live records the row filter reaches.
   *
   * @param rows the rows the reader reaches, or null for all
   * @param hidden names of top-level fields hidden from the reader: refused as if they did not exist
   * @throws io.atrium.sdk.dataset.UnknownFieldException when the query names a field {@link #fields} has not
   * @throws io.atrium.sdk.dataset.AggregateNotAllowedException when an aggregate does not fit a field's type
   * @throws io.atrium.sdk.dataset.InvalidDatasetQueryException when the query is wrong otherwise
   */
  DatasetResult aggregate(FormLayout layout, DatasetQuery query, RowFilter rows, Set<String> hidden, Locale locale);
}
