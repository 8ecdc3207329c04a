package io.atrium.forms.rest;

import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.rest.BadRequestProblem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads a record query from URL parameters: {@code filter=amount:gt:100} (repeatable; operators
 * eq, ne, lt, le, gt, ge, contains, in (values split by {@code |}), empty), {@code sort=-createdAt,name}
 * ({@code -} for descending), {@code offset} and {@code limit}.
 */
final class QueryParameters {

  private QueryParameters() {
  }

  /** The query the parameters describe. */
  static RecordQuery parse(List<String> filters, String sort, int offset, int limit) {
    RecordQuery query;
    try {
      query = RecordQuery.all().page(offset, limit);
    } catch (IllegalArgumentException e) {
      throw new BadRequestProblem("$.offset", e.getMessage());
    }
    for (String filter : filters == null ? List.<String>of() : filters) {
      String[] parts = filter.split(":", 3);
      if (parts.length < 2 || parts[0].isBlank()) {
        throw new BadRequestProblem("$.filter", "A filter reads field:operator:value, e.g. amount:gt:100, not '"
            + filter + "'");
      }
      RecordQuery.Operator operator;
      try {
        operator = RecordQuery.Operator.valueOf(parts[1].strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new BadRequestProblem("$.filter", "Unknown operator '" + parts[1] + "' in '" + filter + "'; use one of "
            + Arrays.toString(RecordQuery.Operator.values()).toLowerCase(Locale.ROOT));
      }
      String value = parts.length == 3 ? parts[2] : null;
      if (operator != RecordQuery.Operator.EMPTY && value == null) {
        throw new BadRequestProblem("$.filter", "The filter '" + filter + "' needs a value after its operator");
      }
      Object operand = operator == RecordQuery.Operator.IN ? List.of(value.split("\\|")) : value;
      query = query.where(parts[0].strip(), operator, operand);
    }
    if (sort != null && !sort.isBlank()) {
      for (String key : sort.split(",")) {
        String field = key.strip();
        boolean descending = field.startsWith("-");
        field = descending || field.startsWith("+") ? field.substring(1) : field;
        if (field.isEmpty()) {
          throw new BadRequestProblem("$.sort", "Sort by field names separated by commas, '-' before a name for "
              + "descending, e.g. -createdAt,name");
        }
        query = query.orderBy(field, !descending);
      }
    }
    return query;
  }
}
