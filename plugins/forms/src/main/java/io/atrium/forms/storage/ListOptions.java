package io.atrium.forms.storage;

import io.atrium.sdk.security.RowFilter;
import java.util.Set;

/**
 * How a record query is narrowed and counted, beyond its conditions.
 *
 * @param rowFilter the rows the reader reaches, or null for all
 * @param quickSearch text any text field (or the serial) must contain, ignoring case; null or blank for none
 * @param recycleBin whether to read the recycle bin instead of the live records
 * @param countLimit count matches up to this many: {@link Long#MAX_VALUE} counts exactly, 0 not at all
 * @param unsearched names of fields quick search must not look in (those hidden from the reader)
 */
public record ListOptions(RowFilter rowFilter, String quickSearch, boolean recycleBin, long countLimit,
    Set<String> unsearched) {

  /** Large enough for a pager, small enough that counting stays cheap on big tables. */
  public static final long LIST_COUNT_LIMIT = 10_000;

  /** Checks the count limit and freezes the names. */
  public ListOptions {
    if (countLimit < 0) {
      throw new IllegalArgumentException("A count limit is 0 or more, not " + countLimit);
    }
    unsearched = unsearched == null ? Set.of() : Set.copyOf(unsearched);
  }

  /** Live records, every row, counted exactly. */
  public static ListOptions live() {
    return new ListOptions(null, null, false, Long.MAX_VALUE, Set.of());
  }

  /** Deleted records, every row, counted exactly. */
  public static ListOptions bin() {
    return new ListOptions(null, null, true, Long.MAX_VALUE, Set.of());
  }

  /** These options narrowed to the rows a reader reaches. */
  public ListOptions withRowFilter(RowFilter filter) {
    return new ListOptions(filter, quickSearch, recycleBin, countLimit, unsearched);
  }

  /** These options with a quick search. */
  public ListOptions withQuickSearch(String text) {
    return new ListOptions(rowFilter, text, recycleBin, countLimit, unsearched);
  }

  /** These options with a quick search that does not look in the named fields. */
  public ListOptions withQuickSearch(String text, Set<String> skipped) {
    return new ListOptions(rowFilter, text, recycleBin, countLimit, skipped);
  }

  /** These options counting up to {@code limit} matches (0: no count). */
  public ListOptions countingUpTo(long limit) {
    return new ListOptions(rowFilter, quickSearch, recycleBin, limit, unsearched);
  }
}
