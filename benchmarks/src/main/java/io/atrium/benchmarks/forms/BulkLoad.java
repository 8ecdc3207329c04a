package io.atrium.benchmarks.forms;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.postgresql.PGConnection;

/**
 * Fills the form's PostgreSQL table with generated records through {@code COPY}, the way a data
 * migration would, bypassing the REST API; then {@code VACUUM ANALYZE}, as autovacuum would do by
 * itself soon after such a load.
 */
final class BulkLoad {

  private BulkLoad() {
  }

  /** Copies {@code rows} records owned and created by {@code userId}; returns the milliseconds taken. */
  static long load(Connection connection, BenchForm.Allocation allocation, long rows, Long userId)
      throws SQLException, IOException {
    long start = System.nanoTime();
    String copy = "COPY " + allocation.table() + " (status, owner_id, created_by, created_at, updated_by, "
        + "updated_at, version, deleted, " + allocation.column("title") + ", " + allocation.column("amount") + ", "
        + allocation.column("day") + ", " + allocation.column("category") + ") FROM STDIN WITH (FORMAT text)";
    String user = userId == null ? "\\N" : userId.toString();
    OffsetDateTime first = OffsetDateTime.now(ZoneOffset.UTC).minusDays(400).truncatedTo(ChronoUnit.SECONDS);
    connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new Reader() {
      private long next = 1;
      private final StringBuilder buffer = new StringBuilder();
      private int at;

      @Override
      public int read(char[] target, int offset, int length) {
        while (buffer.length() - at < length && next <= rows) {
          if (at > 0) {
            buffer.delete(0, at);
            at = 0;
          }
          Object[] values = BenchForm.values(next);
          String created = first.plusSeconds(next * 30).toString();
          buffer.append("SUBMITTED\t").append(user).append('\t').append(user).append('\t').append(created)
              .append('\t').append(user).append('\t').append(created).append("\t1\tf\t").append(values[0])
              .append('\t').append(values[1]).append('\t').append((LocalDate) values[2]).append('\t')
              .append(values[3]).append('\n');
          next++;
        }
        int available = Math.min(length, buffer.length() - at);
        if (available <= 0) {
          return -1;
        }
        buffer.getChars(at, at + available, target, offset);
        at += available;
        return available;
      }

      @Override
      public void close() {
      }
    });
    boolean auto = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement sql = connection.createStatement()) {
      sql.execute("VACUUM ANALYZE " + allocation.table());
    } finally {
      connection.setAutoCommit(auto);
    }
    return (System.nanoTime() - start) / 1_000_000;
  }
}
