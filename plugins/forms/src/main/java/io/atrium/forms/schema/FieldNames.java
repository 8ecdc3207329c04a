package io.atrium.forms.schema;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a field name may be: a letter, then letters, digits or {@code _}, at most {@link #MAX_LENGTH}
 * characters, and none of the {@link #RESERVED} names (compared ignoring case).
 */
public final class FieldNames {

  /** The most characters of a field name. */
  public static final int MAX_LENGTH = 40;

  /**
   * Names a field cannot have: the system attributes of a record (in both spellings, as columns and
   * as the record source names them), the line id of a sub-table, and the words and functions of
   * the expression language, which would make a formula or rule naming the field unreadable.
   */
  public static final Set<String> RESERVED = Set.of(
      // system attributes
      "id", "serial", "status", "owner", "owner_id", "ownerid", "department", "department_id", "departmentid",
      "created_at", "createdat", "created_by", "createdby", "updated_at", "updatedat", "updated_by", "updatedby",
      "version", "deleted", "deleted_at", "deletedat", "deleted_by", "deletedby", "record", "form", "line", "lines",
      "parent_id", "parentid", "position",
      // words of Jakarta EL
      "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "true", "false", "null", "empty", "div", "mod",
      "instanceof",
      // functions expressions may call
      "sum", "count", "today", "now", "daysbetween", "isempty");

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private FieldNames() {
  }

  /** Whether the name has the right shape and length (it may still be reserved). */
  public static boolean wellFormed(String name) {
    return name != null && name.length() <= MAX_LENGTH && SHAPE.matcher(name).matches();
  }

  /** Whether the name is reserved for the system or the expression language. */
  public static boolean reserved(String name) {
    return name != null && RESERVED.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Whether a field may have this name. */
  public static boolean valid(String name) {
    return wellFormed(name) && !reserved(name);
  }
}
