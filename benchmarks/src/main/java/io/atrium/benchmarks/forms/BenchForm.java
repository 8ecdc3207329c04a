package io.atrium.benchmarks.forms;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The form the forms benchmarks publish: text, decimal, date and select fields and no serial, so
 * that a REST create and a hand-written insert write the same columns. Also its values and where
 * the plugin stored them (the allocation, read from the plugin's tables).
 */
final class BenchForm {

  /** The form's key. */
  static final String KEY = "bench";
  /** The select field's options. */
  static final List<String> CATEGORIES = List.of("travel", "meal", "office", "training");
  /** The fields, in the order the values come. */
  static final List<String> FIELDS = List.of("title", "amount", "day", "category");

  private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);

  private BenchForm() {
  }

  /** The schema, with {@code extraFields} (JSON objects, may be empty) appended to the fields. */
  static String schema(String extraFields) {
    return """
        {"key": "%s", "name": {"zh-CN": "基准表单", "en": "Benchmark form"},
         "sections": [{"title": "基本信息", "columns": 2, "fields": [
           {"name": "title", "type": "text", "label": "事由", "required": true, "maxLength": 100},
           {"name": "amount", "type": "decimal", "label": "金额", "scale": 2, "filterable": true},
           {"name": "day", "type": "date", "label": "日期", "filterable": true},
           {"name": "category", "type": "select", "label": "类别", "filterable": true, "options": [
             {"value": "travel", "label": "差旅"}, {"value": "meal", "label": "餐费"},
             {"value": "office", "label": "办公"}, {"value": "training", "label": "培训"}]}%s
         ]}]}""".formatted(KEY, extraFields.isEmpty() ? "" : ",\n" + extraFields);
  }

  /** Random values of one record: title, amount, day, category. */
  static Object[] values(long n) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new Object[] {"报销事由 " + n, BigDecimal.valueOf(random.nextLong(0, 1_000_000), 2),
        FIRST_DAY.plusDays(random.nextInt(730)), CATEGORIES.get(random.nextInt(CATEGORIES.size()))};
  }

  /** The body of a REST create. */
  static String json(Object[] values) {
    return String.format(Locale.ROOT, "{\"values\": {\"title\": \"%s\", \"amount\": %s, \"day\": \"%s\", "
        + "\"category\": \"%s\"}}", values);
  }

  /** Where the plugin keeps the form's records: the record table and each field's column. */
  record Allocation(String table, Map<String, String> columns) {

    /** The column of a field. */
    String column(String field) {
      String column = columns.get(field);
      if (column == null) {
        throw new IllegalStateException("The allocation has no column for field " + field + ": " + columns);
      }
      return column;
    }

    /**
     * Reads the allocation of the form from {@code forms_form} and {@code forms_form_column} (see the
     * plugin's migration {@code V1__form_storage.sql}).
     */
    static Allocation read(Connection connection) throws SQLException {
      try (PreparedStatement sql = connection.prepareStatement("SELECT c.table_name, c.field_name, c.column_name "
          + "FROM forms_form f JOIN forms_form_column c ON c.form_id = f.id "
          + "WHERE f.form_key = ? AND c.parent_id = '' AND c.retired = FALSE AND c.storage = 'COLUMN'")) {
        sql.setString(1, KEY);
        String table = null;
        Map<String, String> columns = new LinkedHashMap<>();
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            table = rows.getString(1);
            columns.put(rows.getString(2), rows.getString(3));
          }
        }
        if (table == null) {
          throw new IllegalStateException("Form " + KEY + " has no allocation: was it published?");
        }
        return new Allocation(table, columns);
      }
    }
  }
}
