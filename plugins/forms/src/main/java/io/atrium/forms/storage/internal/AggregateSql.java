package io.atrium.forms.storage.internal;

import io.atrium.forms.storage.ColumnType;
import io.atrium.forms.storage.FieldColumn;
import io.atrium.forms.storage.FormLayout;
import io.atrium.forms.storage.InvalidQueryException;
import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.SqlType;
import io.atrium.sdk.dataset.Aggregate;
import io.atrium.sdk.dataset.AggregateNotAllowedException;
import io.atrium.sdk.dataset.DatasetColumn;
import io.atrium.sdk.dataset.DatasetQuery;
import io.atrium.sdk.dataset.DateBucket;
import io.atrium.sdk.dataset.FilterOperator;
import io.atrium.sdk.dataset.InvalidDatasetQueryException;
import io.atrium.sdk.dataset.UnknownFieldException;
import io.atrium.sdk.dataset.ValueType;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordQuery.Condition;
import io.atrium.sdk.record.RecordQuery.Operator;
import io.atrium.sdk.security.RowFilter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compiles a dataset query over a layout to one {@code SELECT}: an inner select picks each
 * dimension's (bucketed) value as {@code d<i>} and each measured column as {@code m<j>} from the
 * live records the row filter and the filters let through, the outer one groups by the dimensions
 * and aggregates ({@code a<j>}). Only generated names go into the text; values, the time zone
 * included, are bind parameters. Grouping by the inner select's aliases keeps the bound parameters
 * out of {@code GROUP BY}, which PostgreSQL could not match otherwise.
 */
final class AggregateSql {

  /** A compiled query: the SQL, the result's columns and what reading each needs. */
  record Compiled(SqlText sql, List<DatasetColumn> columns, List<Read> reads, int limit) {
  }

  /** How a result column is read: as the column's type, a bucket's date, a count, or a mean. */
  record Read(ColumnType columnType, boolean date, boolean count, boolean mean, ValueType type) {
  }

  private final FormLayout layout;
  private final DatasetCatalog catalog;
  private final Database database;
  private final ZoneId zone;
  private final Locale locale;
  private FieldColumn subTable;

  AggregateSql(FormLayout layout, Set<String> hidden, Database database, ZoneId zone, Locale locale) {
    this.layout = layout;
    this.catalog = new DatasetCatalog(layout, hidden);
    this.database = database;
    this.zone = zone;
    this.locale = locale;
  }

  /** The catalogue of fields the query may name. */
  DatasetCatalog catalog() {
    return catalog;
  }

  /** Compiles the query, checking every name, aggregate, bucket, filter and sort first. */
  Compiled compile(DatasetQuery query, RowFilter rows) {
    if (query.columnCount() == 0) {
      throw new InvalidDatasetQueryException(StorageTexts.text(locale, "forms.dataset.noColumns"));
    }
    List<DatasetColumn> columns = new ArrayList<>();
    List<Read> reads = new ArrayList<>();
    SqlText inner = new SqlText();
    List<String> outer = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (int i = 0; i < query.dimensions().size(); i++) {
      DatasetQuery.Dimension dimension = query.dimensions().get(i);
      DatasetCatalog.Entry entry = entry(dimension.field());
      String alias = "d" + i;
      item(inner).append(dimension(entry, dimension.bucket())).append(" AS " + alias);
      outer.add(alias);
      groups.add(alias);
      boolean bucketed = dimension.bucket() != null;
      ValueType type = bucketed ? ValueType.DATE : entry.type();
      String label = catalog.label(entry.name(), locale);
      columns.add(new DatasetColumn(entry.name(), dimension.bucket(), null, bucketed
          ? StorageTexts.text(locale, "forms.dataset.bucket." + dimension.bucket(), label) : label, type));
      reads.add(new Read(entry.columnType(), bucketed, false, false, type));
    }
    for (int j = 0; j < query.measures().size(); j++) {
      DatasetQuery.Measure measure = query.measures().get(j);
      Aggregate aggregate = measure.aggregate();
      String alias = "a" + j;
      if (measure.field() == null) {
        outer.add("COUNT(*) AS " + alias);
        columns.add(new DatasetColumn(null, null, Aggregate.COUNT, StorageTexts.text(locale, "forms.dataset.count"),
            ValueType.NUMBER));
        reads.add(new Read(null, false, true, false, ValueType.NUMBER));
        continue;
      }
      DatasetCatalog.Entry entry = entry(measure.field());
      if (!aggregate.accepts(entry.type())) {
        throw new AggregateNotAllowedException(entry.name(), aggregate, entry.type(), StorageTexts.text(locale,
            "forms.dataset.aggregateNotAllowed", aggregateName(aggregate), catalog.label(entry.name(), locale),
            entry.name(), typeName(entry.type())));
      }
      String source = "m" + j;
      item(inner).append(entry.column() + " AS " + source);
      outer.add(switch (aggregate) {
        case COUNT -> "COUNT(" + source + ")";
        case COUNT_DISTINCT -> "COUNT(DISTINCT " + source + ")";
        case SUM -> "SUM(" + source + ")";
        case AVG -> "AVG(" + source + ")";
        case MIN -> "MIN(" + source + ")";
        case MAX -> "MAX(" + source + ")";
      } + " AS " + alias);
      ValueType type = aggregate.resultType(entry.type());
      columns.add(new DatasetColumn(entry.name(), null, aggregate, StorageTexts.text(locale,
          "forms.dataset.measure." + aggregate, catalog.label(entry.name(), locale)), type));
      boolean count = aggregate == Aggregate.COUNT || aggregate == Aggregate.COUNT_DISTINCT;
      reads.add(new Read(entry.columnType(), false, count, aggregate == Aggregate.AVG, type));
    }
    // filters are checked (and may name a sub-table) before the FROM is written
    SqlText where = where(query, rows);
    if (inner.isEmpty()) {
      inner.append("1 AS z");
    }
    String from = " FROM " + layout.table() + " r" + (subTable == null ? ""
        : " JOIN " + subTable.allocation().table() + " l ON l.record_id = r.id");
    SqlText sql = new SqlText().append("SELECT " + String.join(", ", outer) + " FROM (SELECT ").append(inner)
        .append(from + " WHERE ").append(where).append(") q");
    if (!groups.isEmpty()) {
      sql.append(" GROUP BY " + String.join(", ", groups));
    }
    String order = order(query, columns.size());
    if (!order.isEmpty()) {
      sql.append(" ORDER BY " + order);
    }
    sql.append(" FETCH FIRST " + (query.limit() + 1) + " ROWS ONLY");
    return new Compiled(sql, columns, reads, query.limit());
  }

  private static SqlText item(SqlText inner) {
    if (!inner.isEmpty()) {
      inner.append(", ");
    }
    return inner;
  }

  private DatasetCatalog.Entry entry(String name) {
    DatasetCatalog.Entry entry = catalog.entry(name).orElseThrow(() -> unknown(name));
    if (entry.subTable() != null) {
      if (subTable != null && !subTable.name().equals(entry.subTable().name())) {
        throw new InvalidDatasetQueryException(StorageTexts.text(locale, "forms.dataset.oneSubTable",
            subTable.name(), entry.subTable().name()));
      }
      subTable = entry.subTable();
    }
    return entry;
  }

  /** The field is unknown (or hidden: the caller cannot tell the two apart). */
  UnknownFieldException unknown(String name) {
    return new UnknownFieldException(name, StorageTexts.text(locale, "forms.dataset.unknownField", layout.formKey(),
        name, catalog.entries().stream().map(DatasetCatalog.Entry::name).collect(Collectors.joining(", "))));
  }

  /** A dimension's value: the column, or the first day of its period. */
  private SqlText dimension(DatasetCatalog.Entry entry, DateBucket bucket) {
    if (bucket == null) {
      return new SqlText().append(entry.column());
    }
    if (!entry.type().temporal()) {
      throw new InvalidDatasetQueryException(StorageTexts.text(locale, "forms.dataset.bucketNotDate",
          catalog.label(entry.name(), locale), entry.name()));
    }
    SqlText day = localDate(entry);
    if (bucket == DateBucket.DAY) {
      return day;
    }
    if (database == Database.POSTGRESQL) {
      String unit = bucket.name().toLowerCase(Locale.ROOT);
      return new SqlText().append("CAST(date_trunc('" + unit + "', CAST(").append(day).append(" AS TIMESTAMP)) AS DATE)");
    }
    // H2's WEEK follows the locale; ISO_WEEK starts on Monday as PostgreSQL's week does
    String unit = bucket == DateBucket.WEEK ? "ISO_WEEK" : bucket.name();
    return new SqlText().append("CAST(DATE_TRUNC(" + unit + ", ").append(day).append(") AS DATE)");
  }

  /** The calendar date of a date column, or of an instant in the company's zone. */
  private SqlText localDate(DatasetCatalog.Entry entry) {
    if (entry.columnType().sqlType() == SqlType.DATE) {
      return new SqlText().append(entry.column());
    }
    ColumnType text = ColumnType.varchar(64);
    if (database == Database.POSTGRESQL) {
      return new SqlText().append("CAST((" + entry.column() + " AT TIME ZONE ").param(text, zone.getId())
          .append(") AS DATE)");
    }
    // H2 casts a zoned value to the session's zone; formatting in the company's zone does not depend on it
    return new SqlText().append("CAST(FORMATDATETIME(" + entry.column() + ", 'yyyy-MM-dd', 'en', ")
        .param(text, zone.getId()).append(") AS DATE)");
  }

  /** Live records, the row filter, and the filters: record fields through QuerySql, line fields here. */
  private SqlText where(DatasetQuery query, RowFilter rows) {
    RecordQuery records = RecordQuery.all();
    List<DatasetQuery.Filter> lineFilters = new ArrayList<>();
    for (DatasetQuery.Filter filter : query.filters()) {
      DatasetCatalog.Entry entry = entry(filter.field());
      if (filter.operator() == FilterOperator.CONTAINS && !entry.columnType().text()) {
        throw new InvalidDatasetQueryException(StorageTexts.text(locale, "forms.dataset.containsNotText",
            catalog.label(entry.name(), locale), entry.name()));
      }
      if (entry.subTable() != null) {
        lineFilters.add(filter);
        continue;
      }
      Condition condition = condition(filter);
      if (entry.name().equals("status")) {
        statusValues(filter);
      }
      records = records.where(condition.field(), condition.operator(), condition.value());
    }
    SqlText where;
    try {
      where = new QuerySql(layout).where(records, ListOptions.live().withRowFilter(rows == null || rows.all() ? null
          : rows));
      for (DatasetQuery.Filter filter : lineFilters) {
        DatasetCatalog.Entry entry = catalog.entry(filter.field()).orElseThrow();
        where.append(" AND ").append(QuerySql.compare(entry.column(), entry.columnType(), condition(filter),
            entry.name()));
      }
    } catch (InvalidQueryException e) {
      throw new InvalidDatasetQueryException(StorageTexts.text(locale, "forms.dataset.badFilter", e.getMessage()));
    }
    return where;
  }

  private void statusValues(DatasetQuery.Filter filter) {
    try {
      if (filter.value() instanceof Collection<?> values) {
        values.forEach(QuerySql::checkStatus);
      } else if (filter.operator() != FilterOperator.EMPTY && filter.operator() != FilterOperator.NOT_EMPTY) {
        QuerySql.checkStatus(filter.value());
      }
    } catch (InvalidQueryException e) {
      throw new InvalidDatasetQueryException(StorageTexts.text(locale, "forms.dataset.badFilter", e.getMessage()));
    }
  }

  private static Condition condition(DatasetQuery.Filter filter) {
    return switch (filter.operator()) {
      case EQ -> new Condition(filter.field(), Operator.EQ, filter.value());
      case NE -> new Condition(filter.field(), Operator.NE, filter.value());
      case LT -> new Condition(filter.field(), Operator.LT, filter.value());
      case LE -> new Condition(filter.field(), Operator.LE, filter.value());
      case GT -> new Condition(filter.field(), Operator.GT, filter.value());
      case GE -> new Condition(filter.field(), Operator.GE, filter.value());
      case CONTAINS -> new Condition(filter.field(), Operator.CONTAINS, filter.value());
      case IN -> new Condition(filter.field(), Operator.IN, filter.value());
      case EMPTY -> new Condition(filter.field(), Operator.EMPTY, null);
      // NE with no value is IS NOT NULL
      case NOT_EMPTY -> new Condition(filter.field(), Operator.NE, null);
    };
  }

  /** The sort keys: the query's, else the dimensions ascending; empty values last. */
  private String order(DatasetQuery query, int columns) {
    List<String> keys = new ArrayList<>();
    int dimensions = query.dimensions().size();
    if (query.sorts().isEmpty()) {
      for (int i = 0; i < dimensions; i++) {
        keys.add("d" + i + " ASC NULLS LAST");
      }
    }
    for (DatasetQuery.Sort sort : query.sorts()) {
      if (sort.column() >= columns) {
        throw new InvalidDatasetQueryException(StorageTexts.text(locale, "forms.dataset.sortColumn", sort.column(),
            columns));
      }
      String alias = sort.column() < dimensions ? "d" + sort.column() : "a" + (sort.column() - dimensions);
      keys.add(alias + (sort.ascending() ? " ASC" : " DESC") + " NULLS LAST");
    }
    return String.join(", ", keys);
  }

  private String aggregateName(Aggregate aggregate) {
    return StorageTexts.text(locale, "forms.dataset.aggregate." + aggregate);
  }

  private String typeName(ValueType type) {
    return StorageTexts.text(locale, "forms.dataset.type." + type);
  }
}
