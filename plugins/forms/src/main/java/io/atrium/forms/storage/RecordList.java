package io.atrium.forms.storage;

import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordPage;
import java.util.List;

/**
 * One page of records and how many match.
 *
 * @param records the page
 * @param total how many records match; a lower bound when {@code totalExact} is false
 * @param totalExact whether {@code total} is exact (false when counting stopped at the limit, or was
 *     not asked for and more records follow)
 * @param hasMore whether records follow the page
 */
public record RecordList(List<RecordData> records, long total, boolean totalExact, boolean hasMore) {

  /** Freezes the list. */
  public RecordList {
    records = List.copyOf(records);
  }

  /** As the SDK's page. */
  public RecordPage toPage() {
    return new RecordPage(records, total);
  }
}
