package io.atrium.kernel.tabular.internal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Optional;
import org.dhatim.fastexcel.reader.Cell;

/** Workbook cells as text, the way a person reads them. */
final class Cells {

  private Cells() {
  }

  /** Trimmed text; numbers without a trailing {@code .0}; date-formatted numbers as ISO dates or date-times. */
  static String text(Cell cell) {
    return switch (cell.getType()) {
      case NUMBER -> {
        BigDecimal number = cell.asNumber();
        if (number == null) {
          yield "";
        }
        if (isDateFormat(cell.getDataFormatString())) {
          LocalDateTime at = cell.asDate();
          yield at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
        }
        yield number.stripTrailingZeros().toPlainString();
      }
      case BOOLEAN -> String.valueOf(cell.asBoolean());
      case EMPTY -> "";
      default -> Optional.ofNullable(cell.getText()).orElse("").strip();
    };
  }

  /** Whether a number format shows a date or time: it has y, d, h or s outside quotes and brackets. */
  static boolean isDateFormat(String format) {
    if (format == null || format.isEmpty() || "General".equalsIgnoreCase(format)) {
      return false;
    }
    boolean quoted = false;
    boolean bracket = false;
    for (int i = 0; i < format.length(); i++) {
      char c = format.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\') {
        i++;
      } else if (!quoted && c == '[') {
        bracket = true;
      } else if (!quoted && c == ']') {
        bracket = false;
      } else if (!quoted && !bracket && "yYdDhHsS".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }
}
