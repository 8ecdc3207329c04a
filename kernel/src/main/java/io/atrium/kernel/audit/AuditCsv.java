package io.atrium.kernel.audit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes audit entries as CSV (RFC 4180) for spreadsheets: UTF-8 with a byte order mark so that
 * Excel reads Chinese correctly, a header row, and cells that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, tab or carriage return) prefixed with {@code '}.
 */
public final class AuditCsv {

  /** The media type of the export. */
  public static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

  static final List<String> HEADER = List.of("id", "occurred_at", "actor_id", "actor_name", "address", "user_agent",
      "category", "action", "object_type", "object_id", "source", "before", "after", "hash");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private AuditCsv() {
  }

  /** Streams every entry matching the filter, newest first, to {@code out}; the stream stays open. */
  public static void write(AuditReader reader, AuditFilter filter, ZoneId zone, OutputStream out) throws IOException {
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    writer.write('\uFEFF');
    row(writer, HEADER);
    try {
      reader.forEach(filter, entry -> {
        try {
          row(writer, List.of(String.valueOf(entry.id()), TIME.format(entry.occurredAt().atZone(zone)),
              entry.actorId() == null ? "" : entry.actorId().toString(), text(entry.actorName()),
              text(entry.address()), text(entry.userAgent()), entry.category(), entry.action(),
              text(entry.objectType()), text(entry.objectId()), entry.source(), entry.beforeJson(), entry.afterJson(),
              entry.hash()));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    writer.flush();
  }

  /** The file name of an export made now. */
  public static String fileName(java.time.Instant now, ZoneId zone) {
    return "audit-" + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(now.atZone(zone)) + ".csv";
  }

  private static void row(Writer writer, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(cell(cells.get(i)));
    }
    writer.write("\r\n");
  }

  /** One cell: defused when a spreadsheet would take it for a formula, quoted when it needs to be. */
  static String cell(String value) {
    String text = value;
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
      return '"' + text.replace("\"", "\"\"") + '"';
    }
    return text;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
