package io.atrium.forms.internal;

import io.atrium.forms.internal.search.IndexHit;
import io.atrium.forms.internal.search.IndexQuery;
import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.search.Query;

/**
 * The records search over the index: the index finds candidates in the fields the user sees and
 * the rows they reach, then the store reads them with the user's row scope among live records, so
 * a record deleted or moved out of reach since it was indexed is not shown.
 */
final class IndexedSearch {

  /** Candidates asked of the index per hit wanted: some may be gone or out of reach by now. */
  static final int CANDIDATES_PER_HIT = 4;

  private final RecordSearchIndex index;
  private final RecordStore store;

  IndexedSearch(RecordSearchIndex index, RecordStore store) {
    this.index = index;
    this.store = store;
  }

  /** At most {@code limit} hits of the form. */
  List<SearchHit> search(SearchScope scope, String needle, Locale locale, int limit) throws IOException {
    Query query = IndexQuery.of(scope.form().key(), needle, SearchedFields.visible(scope.form().layout(),
        scope.hidden()), scope.rows());
    if (query == null) {
      return List.of();
    }
    List<Long> ids = index.search(query, limit * CANDIDATES_PER_HIT).stream().map(IndexHit::recordId).toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    ListOptions options = ListOptions.live().withRowFilter(scope.storeFilter()).countingUpTo(0);
    Map<Long, RecordData> found = store.query(scope.form().layout(), RecordQuery.all()
        .where("id", RecordQuery.Operator.IN, ids).page(0, ids.size()), options).records().stream()
        .collect(Collectors.toMap(RecordData::id, Function.identity()));
    List<SearchHit> hits = new ArrayList<>();
    int rank = 0;
    for (Long id : ids) {
      RecordData record = found.get(id);
      if (record != null) {
        hits.add(SearchHits.of(scope, record, needle, rank++, locale));
      }
    }
    hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
    return hits.size() > limit ? List.copyOf(hits.subList(0, limit)) : hits;
  }
}
