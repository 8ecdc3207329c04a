package io.atrium.workflows.approver;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Reads people from a field value or an expression result: user ids, login names, or lists of them. */
final class PeopleValues {

  private PeopleValues() {
  }

  /** The user ids a value names; values that name nobody are left out. */
  static List<Long> ids(Object value, Directory directory) {
    List<Long> result = new ArrayList<>();
    collect(value, directory, result);
    return result;
  }

  private static void collect(Object value, Directory directory, List<Long> into) {
    if (value == null) {
      return;
    }
    if (value instanceof Number number) {
      into.add(number.longValue());
    } else if (value instanceof Collection<?> values) {
      values.forEach(v -> collect(v, directory, into));
    } else if (value instanceof Object[] values) {
      for (Object v : values) {
        collect(v, directory, into);
      }
    } else if (value instanceof Map<?, ?> map && map.get("id") != null) {
      collect(map.get("id"), directory, into);
    } else {
      String text = value.toString().strip();
      if (text.matches("\\d{1,18}")) {
        into.add(Long.parseLong(text));
      } else if (!text.isEmpty()) {
        directory.personByUsername(text).map(Person::id).ifPresent(into::add);
      }
    }
  }

  /** A department id from a field value; null when it names none. */
  static Long departmentId(Object value) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    if (value instanceof Map<?, ?> map && map.get("id") != null) {
      return departmentId(map.get("id"));
    }
    if (value != null && value.toString().strip().matches("\\d{1,18}")) {
      return Long.parseLong(value.toString().strip());
    }
    return null;
  }
}
