package io.atrium.sdk.table;

import java.util.List;

/**
 * One row of a spreadsheet: its number as the spreadsheet shows it (the first row is 1) and its
 * cells as trimmed text (numbers without a trailing {@code .0}, Excel dates as their day numbers).
 *
 * @param number the row number, counting blank rows too
 * @param cells the cells from the first column on; a missing cell is empty text
 */
public record TableRow(int number, List<String> cells) {

  /** Copies the cells. */
  public TableRow {
    cells = List.copyOf(cells);
  }

  /** The cell at a column (0 is the first), or empty text. */
  public String cell(int column) {
    return column >= 0 && column < cells.size() ? cells.get(column) : "";
  }

  /** Whether every cell is empty. */
  public boolean blank() {
    return cells.stream().allMatch(String::isEmpty);
  }
}
