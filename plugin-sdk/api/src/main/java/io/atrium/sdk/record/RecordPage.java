package io.atrium.sdk.record;

import java.util.List;

/**
 * One page of a query's answer.
 *
 * @param records the records on the page
 * @param total how many records match the query in all
 */
public record RecordPage(List<RecordData> records, long total) {

  /** Freezes the list. */
  public RecordPage {
    records = List.copyOf(records);
  }
}
