package io.atrium.kernel.audit;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the viewer, the REST listing and the export show; every part is optional (null or blank
 * means any).
 *
 * @param from entries at or after this instant
 * @param to entries before this instant
 * @param actor the actor's login name, exactly
 * @param category the category, exactly
 * @param action the action or its beginning, e.g. {@code login.} for every sign-in event
 * @param objectType the kind of object, exactly
 * @param objectId the object's id, exactly
 * @param text a piece of text anywhere in actor, action, object or the values, in any case
 */
public record AuditFilter(Instant from, Instant to, String actor, String category, String action, String objectType,
    String objectId, String text) {

  /** Everything. */
  public static final AuditFilter ALL = new AuditFilter(null, null, null, null, null, null, null, null);

  /** Blank parts become null, the others lose surrounding white space. */
  public AuditFilter {
    actor = clean(actor);
    category = clean(category);
    action = clean(action);
    objectType = clean(objectType);
    objectId = clean(objectId);
    text = clean(text);
  }

  /** The parts that are set, for the audit entry of an export. */
  public Map<String, Object> describe() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("from", from);
    values.put("to", to);
    values.put("actor", actor);
    values.put("category", category);
    values.put("action", action);
    values.put("objectType", objectType);
    values.put("objectId", objectId);
    values.put("text", text);
    values.values().removeIf(Objects::isNull);
    return values;
  }

  /**
   * The SQL condition of the filter, starting with {@code WHERE} (or empty); its values are
   * appended to {@code params} in order. The SQL is made of fixed pieces only: input is bound.
   */
  String where(List<Object> params) {
    StringBuilder sql = new StringBuilder();
    if (from != null) {
      and(sql).append("occurred_at >= ?");
      params.add(from);
    }
    if (to != null) {
      and(sql).append("occurred_at < ?");
      params.add(to);
    }
    equal(sql, params, "actor_name", actor);
    equal(sql, params, "category", category);
    if (action != null) {
      and(sql).append("action LIKE ? ESCAPE '\\'");
      params.add(escapeLike(action) + "%");
    }
    equal(sql, params, "object_type", objectType);
    equal(sql, params, "object_id", objectId);
    if (text != null) {
      String pattern = "%" + escapeLike(text.toLowerCase(Locale.ROOT)) + "%";
      and(sql).append("(LOWER(actor_name) LIKE ? ESCAPE '\\' OR LOWER(action) LIKE ? ESCAPE '\\'"
          + " OR LOWER(object_type) LIKE ? ESCAPE '\\' OR LOWER(object_id) LIKE ? ESCAPE '\\'"
          + " OR LOWER(before_json) LIKE ? ESCAPE '\\' OR LOWER(after_json) LIKE ? ESCAPE '\\')");
      for (int i = 0; i < 6; i++) {
        params.add(pattern);
      }
    }
    return sql.toString();
  }

  private static void equal(StringBuilder sql, List<Object> params, String column, String value) {
    if (value != null) {
      and(sql).append(column).append(" = ?");
      params.add(value);
    }
  }

  private static StringBuilder and(StringBuilder sql) {
    return sql.append(sql.length() == 0 ? " WHERE " : " AND ");
  }

  /** Makes {@code %}, {@code _} and the escape character match themselves in a LIKE pattern. */
  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
