package io.atrium.forms.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** Writes entries of the records' change log ({@code forms_record_change}) on the caller's connection. */
final class ChangeLogRows {

  private final String insert;

  ChangeLogRows(String prefix) {
    this.insert = "INSERT INTO " + prefix + "record_change (form_key, record_id, changed_at) VALUES (?, ?, ?)";
  }

  /** One entry per record id, in one batch; an empty collection writes nothing. */
  void append(Connection connection, String formKey, Collection<Long> recordIds, Instant at) throws SQLException {
    if (recordIds.isEmpty()) {
      return;
    }
    try (PreparedStatement sql = connection.prepareStatement(insert)) {
      for (Long id : recordIds) {
        sql.setString(1, formKey);
        Jdbc.setLong(sql, 2, id);
        sql.setObject(3, Jdbc.utc(at.truncatedTo(ChronoUnit.MICROS)));
        sql.addBatch();
      }
      sql.executeBatch();
    }
  }
}
