package io.atrium.sdk.dataset;

import java.util.List;
import java.util.Optional;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: data a report can aggregate, e.g. the records of one published form. Register one service
 * per dataset with {@value #KEY_PROPERTY} set to {@link #key()}. Every method answers for the
 * current user ({@code CurrentUser}, {@code AccessService}): their permission, row scope and field
 * access. Calls join the caller's transaction, if any.
 */
@ConsumerType
public interface Dataset {

  /** Service property holding the dataset's key. */
  String KEY_PROPERTY = "atrium.dataset";

  /** Key, unique on the server, e.g. {@code forms.expense-claim}. */
  String key();

  /** Display name in the current user's language. */
  String label();

  /** Whether the current user may query it at all. */
  boolean readable();

  /** The fields the current user may use, in display order; empty when the dataset is not {@link #readable()}. */
  List<DatasetField> fields();

  /** The field with that name, if the current user may use it. */
  default Optional<DatasetField> field(String name) {
    return fields().stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /**
   * Runs a query over the rows the current user's row scope reaches.
   *
   * @return the columns (dimensions, then measures, in query order) and the rows
   * @throws UnknownFieldException when the query names a field the dataset has not, or one hidden from the user
   * @throws AggregateNotAllowedException when an aggregate does not fit a field's type
   * @throws InvalidDatasetQueryException when the query is wrong otherwise (a filter value, a date bucket)
   * @throws io.atrium.sdk.security.AccessDeniedException when the user may not read the dataset
   */
  DatasetResult query(DatasetQuery query);
}
