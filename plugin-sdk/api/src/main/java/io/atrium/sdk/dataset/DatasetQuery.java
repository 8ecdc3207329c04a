package io.atrium.sdk.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to compute: rows grouped by the dimensions, one value per measure, over the rows the filters
 * (joined by AND) let through, sorted and cut to a limit. Build with {@link #create()} and the
 * {@code dimension}/{@code measure}/{@code filter}/{@code orderBy}/{@code limit} methods; instances
 * are immutable. Without dimensions the result is one row over all rows; without measures it lists
 * the distinct dimension values. Result columns are the dimensions, then the measures, in the order
 * they were added.
 */
public final class DatasetQuery {

  /**
   * A column to group by.
   *
   * @param field the field's name
   * @param bucket the period to group a date or date-time by, or null to group by the value itself
   */
  public record Dimension(String field, DateBucket bucket) {
    /** Checks the parts. */
    public Dimension {
      Objects.requireNonNull(field, "field");
    }
  }

  /**
   * A value computed per group.
   *
   * @param aggregate how the rows' values are combined
   * @param field the field aggregated, or null for {@link Aggregate#COUNT} of rows
   */
  public record Measure(Aggregate aggregate, String field) {
    /** Checks the parts. */
    public Measure {
      Objects.requireNonNull(aggregate, "aggregate");
      if (field == null && aggregate != Aggregate.COUNT) {
        throw new IllegalArgumentException(aggregate + " needs a field; only COUNT counts rows without one");
      }
    }
  }

  /**
   * A condition rows must meet.
   *
   * @param field the field's name
   * @param operator how it is compared
   * @param value what it is compared with: a value of the field's type (or its ISO-8601 or decimal
   *     text), a collection for {@link FilterOperator#IN}, ignored for {@link FilterOperator#EMPTY}
   *     and {@link FilterOperator#NOT_EMPTY}
   */
  public record Filter(String field, FilterOperator operator, Object value) {
    /** Checks the parts. */
    public Filter {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(operator, "operator");
    }
  }

  /**
   * A sort key.
   *
   * @param column index of a result column (dimensions first, then measures)
   * @param ascending smallest first; empty values come last either way
   */
  public record Sort(int column, boolean ascending) {
    /** Checks the index. */
    public Sort {
      if (column < 0) {
        throw new IllegalArgumentException("A sort names a result column from 0, not " + column);
      }
    }
  }

  /** The most rows a dataset must return. */
  public static final int MAX_LIMIT = 10_000;
  /** Rows returned unless {@link #limit(int)} says otherwise. */
  public static final int DEFAULT_LIMIT = 1_000;

  private final List<Dimension> dimensions;
  private final List<Measure> measures;
  private final List<Filter> filters;
  private final List<Sort> sorts;
  private final int limit;

  private DatasetQuery(List<Dimension> dimensions, List<Measure> measures, List<Filter> filters, List<Sort> sorts,
      int limit) {
    this.dimensions = List.copyOf(dimensions);
    this.measures = List.copyOf(measures);
    this.filters = List.copyOf(filters);
    this.sorts = List.copyOf(sorts);
    this.limit = limit;
  }

  /** An empty query: one row, no columns, until dimensions or measures are added. */
  public static DatasetQuery create() {
    return new DatasetQuery(List.of(), List.of(), List.of(), List.of(), DEFAULT_LIMIT);
  }

  /** This query also grouped by the field's value. */
  public DatasetQuery dimension(String field) {
    return dimension(field, null);
  }

  /** This query also grouped by the period of a date or date-time field. */
  public DatasetQuery dimension(String field, DateBucket bucket) {
    List<Dimension> more = new ArrayList<>(dimensions);
    more.add(new Dimension(field, bucket));
    return new DatasetQuery(more, measures, filters, sorts, limit);
  }

  /** This query with one more measure; {@code field} is null for {@link Aggregate#COUNT} of rows. */
  public DatasetQuery measure(Aggregate aggregate, String field) {
    List<Measure> more = new ArrayList<>(measures);
    more.add(new Measure(aggregate, field));
    return new DatasetQuery(dimensions, more, filters, sorts, limit);
  }

  /** This query also counting the rows of each group. */
  public DatasetQuery count() {
    return measure(Aggregate.COUNT, null);
  }

  /** This query with one more filter. */
  public DatasetQuery filter(String field, FilterOperator operator, Object value) {
    List<Filter> more = new ArrayList<>(filters);
    more.add(new Filter(field, operator, value));
    return new DatasetQuery(dimensions, measures, more, sorts, limit);
  }

  /** This query with one more sort key on a result column, after the existing ones. */
  public DatasetQuery orderBy(int column, boolean ascending) {
    List<Sort> more = new ArrayList<>(sorts);
    more.add(new Sort(column, ascending));
    return new DatasetQuery(dimensions, measures, filters, more, limit);
  }

  /**
   * This query returning at most {@code rows} rows.
   *
   * @throws IllegalArgumentException when rows is not within 1 to {@link #MAX_LIMIT}
   */
  public DatasetQuery limit(int rows) {
    if (rows < 1 || rows > MAX_LIMIT) {
      throw new IllegalArgumentException("A dataset query returns 1 to " + MAX_LIMIT + " rows, not " + rows);
    }
    return new DatasetQuery(dimensions, measures, filters, sorts, rows);
  }

  /** The dimensions, in column order. */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /** The measures, in column order after the dimensions. */
  public List<Measure> measures() {
    return measures;
  }

  /** The filters, all of which must hold. */
  public List<Filter> filters() {
    return filters;
  }

  /** The sort keys; empty means by the dimensions, ascending. */
  public List<Sort> sorts() {
    return sorts;
  }

  /** Most rows to return. */
  public int limit() {
    return limit;
  }

  /** How many columns the result has. */
  public int columnCount() {
    return dimensions.size() + measures.size();
  }
}
