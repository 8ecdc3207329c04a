package io.atrium.sdk.table;

import java.io.IOException;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Writes a spreadsheet row by row to a stream. Cells may be {@code String}, {@code Number},
 * {@code Boolean}, {@code java.time.LocalDate}, {@code LocalDateTime}, {@code LocalTime},
 * {@code Instant} (written in the writer's time zone) or null (an empty cell); anything else is
 * written as its {@code toString()}. {@link #close()} finishes the file; it does not close the stream.
 */
@ProviderType
public interface TableWriter extends AutoCloseable {

  /** Appends a row. */
  void row(List<?> cells) throws IOException;

  /** Finishes the file and flushes the stream. */
  @Override
  void close() throws IOException;
}
