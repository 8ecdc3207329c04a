package io.atrium.forms.storage;

import io.atrium.sdk.security.RowFilter;

/**
 * How a record query is narrowed and counted, beyond its conditions.
 *
 * @param rowFilter the rows the reader reaches, or null for all
 * @param quickSearch text any text field (or the serial) must contain, ignoring case; null or blank for none
 * @param recycleBin whether to read the recycle bin instead of the live records
 * @param countLimit count matches up to this many: {@link Long#MAX_VALUE} counts exactly, 0 not at all
 */
public record ListOptions(RowFilter rowFilter, String quickSearch, boolean recycleBin, long countLimit) {

  /** Large enough for a pager, small enough that counting stays cheap on big tables. */
  public static final long LIST_COUNT_LIMIT = 10_000;

  /** Checks the count limit. */
  public ListOptions {
    if (countLimit < 0) {
      throw new IllegalArgumentException("A count limit is 0 or more, not " + countLimit);
    }
  }

  /** Live records, every row, counted exactly. */
  public static ListOptions live() {
    return new ListOptions(null, null, false, Long.MAX_VALUE);
  }

  /** Deleted records, every row, counted exactly. */
  public static ListOptions bin() {
    return new ListOptions(null, null, true, Long.MAX_VALUE);
  }

  /** These options narrowed to the rows a reader reaches. */
  public ListOptions withRowFilter(RowFilter filter) {
    return new ListOptions(filter, quickSearch, recycleBin, countLimit);
  }

  /** These options with a quick search. */
  public ListOptions withQuickSearch(String text) {
    return new ListOptions(rowFilter, text, recycleBin, countLimit);
  }

  /** These options counting up to {@code limit} matches (0: no count). */
  public ListOptions countingUpTo(long limit) {
    return new ListOptions(rowFilter, quickSearch, recycleBin, limit);
  }
}
