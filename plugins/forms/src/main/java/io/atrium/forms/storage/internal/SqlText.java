package io.atrium.forms.storage.internal;

import io.atrium.forms.storage.ColumnType;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** SQL text built piece by piece with its bind parameters, in order. */
final class SqlText {

  private record Param(ColumnType type, Object value) {
  }

  private final StringBuilder text = new StringBuilder();
  private final List<Param> params = new ArrayList<>();

  /** Appends generated SQL text (never user text). */
  SqlText append(String sql) {
    text.append(sql);
    return this;
  }

  /** Appends a {@code ?} bound to a value of a column type. */
  SqlText param(ColumnType type, Object value) {
    text.append('?');
    params.add(new Param(type, value));
    return this;
  }

  /** Appends another piece with its parameters. */
  SqlText append(SqlText other) {
    text.append(other.text);
    params.addAll(other.params);
    return this;
  }

  /** Whether nothing was appended. */
  boolean isEmpty() {
    return text.length() == 0;
  }

  /** Binds the parameters from index {@code first}; returns the next free index. */
  int bind(PreparedStatement sql, int first) throws SQLException {
    int index = first;
    for (Param param : params) {
      ValueCodec.bind(sql, index++, param.type(), param.value());
    }
    return index;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
