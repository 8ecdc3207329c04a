package io.atrium.forms.storage.internal;

import io.atrium.forms.schema.FieldType;
import io.atrium.forms.storage.ColumnType;
import io.atrium.forms.storage.FieldColumn;
import io.atrium.forms.storage.FormLayout;
import io.atrium.forms.storage.InvalidQueryException;
import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.SqlType;
import io.atrium.forms.storage.StorageKind;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordQuery.Condition;
import io.atrium.sdk.record.RecordQuery.Operator;
import io.atrium.sdk.record.RecordQuery.Order;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.security.RowFilter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code WHERE} and {@code ORDER BY} of a record query over a layout, the record table
 * aliased {@code r}. Field names resolve through the layout to generated columns; values are bind
 * parameters, converted to the column's type first (ISO text is accepted for dates, times and
 * instants, numeric text for numbers).
 */
final class QuerySql {

  /** A system attribute queries can name. */
  record SystemColumn(String column, ColumnType type) {
  }

  /** The system attributes by query name. */
  static final Map<String, SystemColumn> SYSTEM = Map.of(
      "id", new SystemColumn("id", ColumnType.of(SqlType.BIGINT)),
      "serial", new SystemColumn("serial", ColumnType.varchar(100)),
      "status", new SystemColumn("status", ColumnType.varchar(20)),
      "ownerId", new SystemColumn("owner_id", ColumnType.of(SqlType.BIGINT)),
      "departmentId", new SystemColumn("department_id", ColumnType.of(SqlType.BIGINT)),
      "createdBy", new SystemColumn("created_by", ColumnType.of(SqlType.BIGINT)),
      "createdAt", new SystemColumn("created_at", ColumnType.of(SqlType.TIMESTAMP)),
      "updatedBy", new SystemColumn("updated_by", ColumnType.of(SqlType.BIGINT)),
      "updatedAt", new SystemColumn("updated_at", ColumnType.of(SqlType.TIMESTAMP)),
      "deletedAt", new SystemColumn("deleted_at", ColumnType.of(SqlType.TIMESTAMP)));

  /** Text fields quick search looks in (besides the serial): what people type, not codes or markup. */
  private static final Set<FieldType> SEARCHED = Set.of(FieldType.TEXT, FieldType.TEXTAREA, FieldType.EMAIL,
      FieldType.PHONE, FieldType.URL, FieldType.SERIAL);

  private final FormLayout layout;

  QuerySql(FormLayout layout) {
    this.layout = layout;
  }

  /** The conditions after {@code WHERE}: scope, row filter, quick search and the query's conditions. */
  SqlText where(RecordQuery query, ListOptions options) {
    SqlText where = new SqlText().append(options.recycleBin() ? "r.deleted = TRUE" : "r." + Ddl.LIVE);
    RowFilter filter = options.rowFilter();
    if (filter != null && !filter.all()) {
      where.append(" AND ").append(rowFilter(filter));
    }
    if (options.quickSearch() != null && !options.quickSearch().isBlank()) {
      where.append(" AND ").append(quickSearch(options.quickSearch().strip(), options.unsearched()));
    }
    for (Condition condition : query.conditions()) {
      where.append(" AND ").append(condition(condition));
    }
    return where;
  }

  /** The sort keys, ending with the id so pages never overlap; nulls sort as the largest values. */
  String orderBy(RecordQuery query, ListOptions options) {
    if (query.orders().isEmpty()) {
      return options.recycleBin() ? "r.deleted_at DESC NULLS FIRST, r.id DESC" : "r.id DESC";
    }
    List<String> keys = new ArrayList<>();
    boolean byId = false;
    for (Order order : query.orders()) {
      String column = sortColumn(order.field());
      byId |= column.equals("r.id");
      keys.add(column + (order.ascending() ? " ASC NULLS LAST" : " DESC NULLS FIRST"));
    }
    if (!byId) {
      keys.add("r.id" + (query.orders().get(0).ascending() ? " ASC" : " DESC"));
    }
    return String.join(", ", keys);
  }

  /** The row filter: the reader's own rows or their departments' rows. */
  static SqlText rowFilter(RowFilter filter) {
    if (filter.none()) {
      return new SqlText().append("1 = 0");
    }
    ColumnType id = ColumnType.of(SqlType.BIGINT);
    SqlText sql = new SqlText().append("(");
    boolean first = true;
    if (!filter.ownerIds().isEmpty()) {
      sql.append("r.owner_id IN (").append(list(id, filter.ownerIds())).append(")");
      first = false;
    }
    if (!filter.departmentIds().isEmpty()) {
      sql.append(first ? "" : " OR ").append("r.department_id IN (").append(list(id, filter.departmentIds()))
          .append(")");
    }
    return sql.append(")");
  }

  private SqlText quickSearch(String text, Set<String> unsearched) {
    String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
    ColumnType type = ColumnType.of(SqlType.CLOB);
    SqlText sql = new SqlText().append("(LOWER(r.serial) LIKE ").param(type, pattern).append(" ESCAPE '\\'");
    for (FieldColumn field : layout.fields()) {
      if (field.storage() == StorageKind.COLUMN && SEARCHED.contains(field.field().type())
          && !unsearched.contains(field.name())) {
        sql.append(" OR LOWER(r." + field.allocation().column() + ") LIKE ").param(type, pattern)
            .append(" ESCAPE '\\'");
      }
    }
    return sql.append(")");
  }

  private SqlText condition(Condition condition) {
    SystemColumn system = SYSTEM.get(condition.field());
    if (system != null) {
      return compare("r." + system.column(), system.type(), condition, condition.field());
    }
    FieldColumn field = field(condition.field());
    return switch (field.storage()) {
      case COLUMN -> compare("r." + field.allocation().column(), field.allocation().type(), condition, field.name());
      case VALUES -> values(field, condition);
      case LINES -> throw new InvalidQueryException("Sub-table '" + field.name() + "' of form " + layout.formKey()
          + " cannot be filtered on; filter on the form's other fields");
    };
  }

  /** A condition on a multi-valued field: whether any of its values matches. */
  private SqlText values(FieldColumn field, Condition condition) {
    String table = field.allocation().table();
    String exists = "EXISTS (SELECT 1 FROM " + table + " v WHERE v.record_id = r.id";
    return switch (condition.operator()) {
      case EMPTY -> new SqlText().append("NOT " + exists + ")");
      case NE -> condition.value() == null ? new SqlText().append(exists + ")")
          : new SqlText().append("NOT " + exists + " AND ")
              .append(compare("v.val", field.allocation().type(), withOperator(condition, Operator.EQ),
                  field.name())).append(")");
      default -> condition.value() == null && condition.operator() == Operator.EQ
          ? new SqlText().append("NOT " + exists + ")")
          : new SqlText().append(exists + " AND ").append(compare("v.val", field.allocation().type(), condition,
              field.name())).append(")");
    };
  }

  private static Condition withOperator(Condition condition, Operator operator) {
    return new Condition(condition.field(), operator, condition.value());
  }

  /** A condition on one column: the value coerced to the column's type and bound. */
  static SqlText compare(String column, ColumnType type, Condition condition, String name) {
    Operator operator = condition.operator();
    Object raw = condition.value();
    SqlText sql = new SqlText();
    switch (operator) {
      case EMPTY -> sql.append(column + " IS NULL");
      case EQ -> {
        if (raw == null) {
          sql.append(column + " IS NULL");
        } else {
          sql.append(column + " = ").param(type, coerce(type, raw, name));
        }
      }
      case NE -> {
        if (raw == null) {
          sql.append(column + " IS NOT NULL");
        } else {
          // an empty field differs from any value too
          sql.append("(" + column + " <> ").param(type, coerce(type, raw, name)).append(" OR " + column
              + " IS NULL)");
        }
      }
      case LT, LE, GT, GE -> {
        if (raw == null) {
          throw new InvalidQueryException(operator + " on '" + name + "' needs a value to compare with");
        }
        String symbol = switch (operator) {
          case LT -> " < ";
          case LE -> " <= ";
          case GT -> " > ";
          default -> " >= ";
        };
        sql.append(column + symbol).param(type, coerce(type, raw, name));
      }
      case CONTAINS -> {
        if (!type.text()) {
          throw new InvalidQueryException("CONTAINS works on text; '" + name + "' is not text: use EQ or a range");
        }
        if (raw == null) {
          throw new InvalidQueryException("CONTAINS on '" + name + "' needs a text to look for");
        }
        sql.append("LOWER(" + column + ") LIKE ").param(ColumnType.of(SqlType.CLOB),
            "%" + escapeLike(raw.toString().toLowerCase(Locale.ROOT)) + "%").append(" ESCAPE '\\'");
      }
      case IN -> {
        Collection<?> values = collection(raw, name);
        if (values.isEmpty()) {
          sql.append("1 = 0");
        } else {
          List<Object> coerced = new ArrayList<>();
          for (Object value : values) {
            coerced.add(coerce(type, value, name));
          }
          sql.append(column + " IN (").append(list(type, coerced)).append(")");
        }
      }
    }
    return sql;
  }

  private String sortColumn(String name) {
    SystemColumn system = SYSTEM.get(name);
    if (system != null) {
      return "r." + system.column();
    }
    FieldColumn field = field(name);
    if (field.storage() != StorageKind.COLUMN) {
      throw new InvalidQueryException("'" + name + "' of form " + layout.formKey() + " holds several values and "
          + "cannot be sorted on; sort on a single-valued field");
    }
    return "r." + field.allocation().column();
  }

  private FieldColumn field(String name) {
    return layout.field(name).orElseThrow(() -> new InvalidQueryException("Form " + layout.formKey()
        + " has no field '" + name + "'; use one of " + layout.fields().stream().map(FieldColumn::name)
        .collect(Collectors.joining(", ")) + " or " + String.join(", ", new java.util.TreeSet<>(SYSTEM.keySet()))));
  }

  private static SqlText list(ColumnType type, Collection<?> values) {
    SqlText sql = new SqlText();
    boolean first = true;
    for (Object value : values) {
      sql.append(first ? "" : ", ").param(type, value);
      first = false;
    }
    return sql;
  }

  private static Collection<?> collection(Object raw, String name) {
    if (raw instanceof Collection<?> values) {
      return values;
    }
    if (raw instanceof Object[] values) {
      return List.of(values);
    }
    throw new InvalidQueryException("IN on '" + name + "' needs a collection of values");
  }

  /** Escapes {@code %}, {@code _} and the escape character itself for {@code LIKE ... ESCAPE '\'}. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  /** A condition's value as the column's Java type. */
  static Object coerce(ColumnType type, Object raw, String name) {
    try {
      return switch (type.sqlType()) {
        case VARCHAR, CLOB -> raw instanceof Enum<?> e ? e.name() : raw.toString();
        case BIGINT -> {
          if (raw instanceof Long || raw instanceof Integer || raw instanceof Short) {
            yield ((Number) raw).longValue();
          }
          yield new BigDecimal(raw.toString().strip()).longValueExact();
        }
        case NUMERIC -> raw instanceof BigDecimal d ? d : raw instanceof Long || raw instanceof Integer
            || raw instanceof BigInteger ? new BigDecimal(raw.toString()) : new BigDecimal(raw.toString().strip());
        case DATE -> raw instanceof LocalDate ? raw : LocalDate.parse(raw.toString().strip());
        case TIMESTAMP -> {
          if (raw instanceof Instant) {
            yield raw;
          }
          if (raw instanceof OffsetDateTime at) {
            yield at.toInstant();
          }
          if (raw instanceof ZonedDateTime at) {
            yield at.toInstant();
          }
          yield OffsetDateTime.parse(raw.toString().strip()).toInstant();
        }
        case TIME -> raw instanceof LocalTime ? raw : LocalTime.parse(raw.toString().strip());
        case BOOLEAN -> {
          if (raw instanceof Boolean) {
            yield raw;
          }
          String text = raw.toString().strip().toLowerCase(Locale.ROOT);
          if (!text.equals("true") && !text.equals("false")) {
            throw new IllegalArgumentException(text);
          }
          yield Boolean.valueOf(text);
        }
      };
    } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
      throw new InvalidQueryException("'" + raw + "' is not a value '" + name + "' can be compared with (" + type
          + ")");
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("'" + raw + "' is not a value '" + name + "' can be compared with (" + type
          + ")");
    }
  }

  /** Checks a status value. */
  static void checkStatus(Object raw) {
    if (raw != null && !(raw instanceof RecordStatus)) {
      try {
        RecordStatus.valueOf(raw.toString());
      } catch (IllegalArgumentException e) {
        throw new InvalidQueryException("'" + raw + "' is no status; use one of " + List.of(RecordStatus.values()));
      }
    }
  }
}
