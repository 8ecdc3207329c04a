package io.atrium.forms.internal;

import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The records search without the index: the records list's quick search ({@code LIKE} on every
 * searched column) in one form, newest first. Used while this node's index is being built.
 */
final class ScanSearch {

  private final RecordStore store;

  ScanSearch(RecordStore store) {
    this.store = store;
  }

  /** At most {@code limit} hits of the form. */
  List<SearchHit> search(SearchScope scope, String needle, Locale locale, int limit) {
    ListOptions options = ListOptions.live().withRowFilter(scope.storeFilter())
        .withQuickSearch(needle, scope.hidden()).countingUpTo(0);
    List<RecordData> found = store.query(scope.form().layout(), RecordQuery.all().page(0, limit), options).records();
    List<SearchHit> hits = new ArrayList<>();
    for (int rank = 0; rank < found.size(); rank++) {
      hits.add(SearchHits.of(scope, found.get(rank), needle, rank, locale));
    }
    return hits;
  }
}
