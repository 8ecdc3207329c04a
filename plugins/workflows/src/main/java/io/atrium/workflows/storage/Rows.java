package io.atrium.workflows.storage;

import io.atrium.workflows.engine.Step;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Column encodings of the engine's tables. */
final class Rows {

  private Rows() {
  }

  /** A token's trail as lines of {@code visit nodeId}. */
  static String steps(List<Step> steps) {
    return steps.stream().map(s -> s.visit() + " " + s.nodeId()).collect(Collectors.joining("\n"));
  }

  /** A token's trail from its column. */
  static List<Step> steps(String text) {
    List<Step> steps = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return steps;
    }
    for (String line : text.split("\n")) {
      int space = line.indexOf(' ');
      steps.add(new Step(line.substring(space + 1), Integer.parseInt(line.substring(0, space))));
    }
    return steps;
  }

  /** User ids separated by commas. */
  static String people(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** User ids from their column. */
  static List<Long> people(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.stream(text.split(",")).map(Long::valueOf).toList();
  }

  /** Binds an instant to a {@code TIMESTAMP WITH TIME ZONE} column, in UTC. */
  static void setInstant(PreparedStatement sql, int index, Instant value) throws SQLException {
    if (value == null) {
      sql.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      sql.setObject(index, value.atOffset(ZoneOffset.UTC));
    }
  }

  /** An instant from a {@code TIMESTAMP WITH TIME ZONE} column. */
  static Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Binds a nullable long. */
  static void setLong(PreparedStatement sql, int index, Long value) throws SQLException {
    if (value == null) {
      sql.setNull(index, Types.BIGINT);
    } else {
      sql.setLong(index, value);
    }
  }

  /** A nullable long column. */
  static Long nullableLong(ResultSet rows, String column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }
}
