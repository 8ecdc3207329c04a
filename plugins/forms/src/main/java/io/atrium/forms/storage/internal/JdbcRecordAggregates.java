package io.atrium.forms.storage.internal;

import io.atrium.forms.storage.FormLayout;
import io.atrium.forms.storage.RecordAggregates;
import io.atrium.forms.storage.SqlType;
import io.atrium.sdk.dataset.DatasetField;
import io.atrium.sdk.dataset.DatasetQuery;
import io.atrium.sdk.dataset.DatasetResult;
import io.atrium.sdk.dataset.ValueType;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.RowFilter;
import io.atrium.sdk.time.AtriumClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link RecordAggregates} with plain JDBC: one statement per query, compiled by {@link AggregateSql}. */
@Component(service = RecordAggregates.class)
public class JdbcRecordAggregates implements RecordAggregates {

  /** Digits a mean has beyond those of the values. */
  static final int MEAN_EXTRA_DIGITS = 2;

  private final PluginPersistence persistence;
  private final Jdbc jdbc;
  private final AtriumClock clock;

  /** Declarative Services injects the host services through this constructor. */
  @Activate
  public JdbcRecordAggregates(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference AtriumClock clock) {
    this.persistence = persistence;
    this.jdbc = new Jdbc(persistence, transactions);
    this.clock = clock;
  }

  @Override
  public List<DatasetField> fields(FormLayout layout, Set<String> hidden, Locale locale) {
    return new DatasetCatalog(layout, hidden).fields(locale);
  }

  @Override
  public DatasetResult aggregate(FormLayout layout, DatasetQuery query, RowFilter rows, Set<String> hidden,
      Locale locale) {
    // compiled even when no row is reachable, so a bad query fails the same for everybody
    AggregateSql.Compiled compiled = new AggregateSql(layout, hidden, persistence.database(), clock.zone(), locale)
        .compile(query, rows);
    if (rows != null && rows.none()) {
      return new DatasetResult(compiled.columns(), List.of(), false);
    }
    return jdbc.required("Aggregating records of form " + layout.formKey(), connection -> {
      List<List<Object>> result = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(compiled.sql().toString())) {
        compiled.sql().bind(statement, 1);
        try (ResultSet found = statement.executeQuery()) {
          while (found.next() && result.size() <= compiled.limit()) {
            List<Object> row = new ArrayList<>(compiled.reads().size());
            for (int i = 0; i < compiled.reads().size(); i++) {
              row.add(read(found, i + 1, compiled.reads().get(i)));
            }
            result.add(row);
          }
        }
      }
      boolean truncated = result.size() > compiled.limit();
      return new DatasetResult(compiled.columns(), truncated ? result.subList(0, compiled.limit()) : result,
          truncated);
    });
  }

  private static Object read(ResultSet rows, int index, AggregateSql.Read read) throws SQLException {
    if (read.count()) {
      return BigDecimal.valueOf(rows.getLong(index));
    }
    if (read.date()) {
      return rows.getObject(index, LocalDate.class);
    }
    if (read.type() == ValueType.NUMBER) {
      BigDecimal value = rows.getBigDecimal(index);
      if (value == null) {
        return null;
      }
      int scale = read.columnType().sqlType() == SqlType.NUMERIC ? read.columnType().scale() : 0;
      return value.setScale(read.mean() ? scale + MEAN_EXTRA_DIGITS : scale, RoundingMode.HALF_UP);
    }
    return ValueCodec.read(rows, index, read.columnType());
  }
}
