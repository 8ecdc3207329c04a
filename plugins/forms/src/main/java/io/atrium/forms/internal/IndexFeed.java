package io.atrium.forms.internal;

import io.atrium.forms.internal.search.ChangeCursor;
import io.atrium.forms.internal.search.RecordIndex;
import io.atrium.forms.storage.RecordChange;
import io.atrium.forms.storage.RecordChanges;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.forms.storage.ListOptions;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Logger;

/**
 * Keeps a node's {@link RecordIndex} equal to the tables: builds it from every published form's
 * live records, then applies the change log in order. Applying an entry reads the record as it is
 * now and puts or removes its document, so applying twice, or late, changes nothing. Not thread-safe:
 * {@link RecordSearchIndex} runs one call at a time.
 */
final class IndexFeed {

  private static final Logger LOG = Logger.getLogger(IndexFeed.class.getName());

  /** Entries read per call. */
  static final int BATCH = 500;
  /** Records read per query while building. */
  static final int PAGE = 1000;
  /** Entries a search applies itself before it answers. */
  static final int QUICK_BATCH = 100;
  /** Most gaps looked for again per call. */
  static final int GAPS_PER_POLL = 20;
  /** How long a skipped sequence number is waited for: longer than a writing transaction lasts. */
  static final Duration GAP_WAIT = Duration.ofMinutes(5);

  private final RecordIndex index;
  private final PublishedForms forms;
  private final RecordStore store;
  private final RecordChanges changes;
  private final Transactions transactions;
  private final AtriumClock clock;
  private final BooleanSupplier stopping;
  private ChangeCursor cursor;

  /** A feed that gives up building when {@code stopping} turns true (the plugin stops). */
  IndexFeed(RecordIndex index, PublishedForms forms, RecordStore store, RecordChanges changes,
      Transactions transactions, AtriumClock clock, BooleanSupplier stopping) {
    this.index = index;
    this.forms = forms;
    this.store = store;
    this.changes = changes;
    this.transactions = transactions;
    this.clock = clock;
    this.stopping = stopping;
    this.cursor = new ChangeCursor(index.cursor(), GAP_WAIT);
  }

  /**
   * Builds the index from the tables. Entries written in the last {@link #GAP_WAIT} are applied
   * again afterwards: their transactions may not have been visible to the build.
   */
  void build() throws IOException {
    long started = System.nanoTime();
    long from = changes.lastBefore(clock.now().minus(GAP_WAIT));
    index.startBuilding();
    int count = 0;
    for (CurrentForm form : transactions.required(forms::all)) {
      count += indexForm(form);
    }
    index.built(from);
    int records = count;
    cursor = new ChangeCursor(from, GAP_WAIT);
    LOG.info(() -> "The records search index in " + index.folder() + " was built: " + records + " records in "
        + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
  }

  /** Applies the entries written since the last call, and those found in earlier gaps; returns how many. */
  int poll() throws IOException {
    return poll(false);
  }

  /**
   * Applies what a search can afford to wait for: up to {@link #QUICK_BATCH} new entries, up to the
   * first that stands for a whole form of more records than that (left to the background thread).
   */
  int pollQuickly() throws IOException {
    return poll(true);
  }

  private int poll(boolean quick) throws IOException {
    Instant now = clock.now();
    List<RecordChange> found = new ArrayList<>(changes.after(cursor.highest(), quick ? QUICK_BATCH : BATCH));
    if (quick) {
      // stops before a big form to index again: that is the thread's work
      int upTo = 0;
      while (upTo < found.size() && (!found.get(upTo).wholeForm() || small(found.get(upTo).formKey()))) {
        upTo++;
      }
      found = new ArrayList<>(found.subList(0, upTo));
    }
    List<ChangeCursor.Gap> gaps = quick ? List.of() : cursor.gaps();
    for (ChangeCursor.Gap gap : gaps.subList(0, Math.min(gaps.size(), GAPS_PER_POLL))) {
      if (found.size() >= 2 * BATCH) {
        break;
      }
      found.addAll(changes.between(gap.from(), gap.to(), BATCH));
    }
    apply(found);
    found.forEach(change -> cursor.applied(change.seq(), now));
    long settled = cursor.advance(now);
    if (!found.isEmpty() || settled != index.cursor()) {
      index.advance(settled);
    }
    return found.size();
  }

  /** Whether the form has at most {@link #QUICK_BATCH} live records, or is gone. */
  private boolean small(String formKey) {
    Optional<CurrentForm> form = transactions.required(() -> forms.current(formKey));
    return form.isEmpty() || !transactions.required(() -> store.query(form.get().layout(),
        RecordQuery.all().page(0, QUICK_BATCH), ListOptions.live().countingUpTo(0))).hasMore();
  }

  /** Deletes change-log entries older than the retention; any node may do it. */
  int prune(Duration retention) {
    return changes.pruneBefore(clock.now().minus(retention));
  }

  private void apply(List<RecordChange> found) throws IOException {
    Map<String, Set<Long>> byForm = new LinkedHashMap<>();
    Set<String> wholeForms = new HashSet<>();
    for (RecordChange change : found) {
      if (change.wholeForm()) {
        wholeForms.add(change.formKey());
      } else {
        byForm.computeIfAbsent(change.formKey(), k -> new HashSet<>()).add(change.recordId());
      }
    }
    for (String key : wholeForms) {
      Optional<CurrentForm> form = transactions.required(() -> forms.current(key));
      index.removeForm(key);
      if (form.isPresent()) {
        indexForm(form.get());
      }
      byForm.remove(key);
    }
    for (Map.Entry<String, Set<Long>> entry : byForm.entrySet()) {
      Optional<CurrentForm> form = transactions.required(() -> forms.current(entry.getKey()));
      if (form.isEmpty()) {
        index.removeForm(entry.getKey());
        continue;
      }
      List<Long> ids = new ArrayList<>(entry.getValue());
      for (int from = 0; from < ids.size(); from += BATCH) {
        reindex(form.get(), ids.subList(from, Math.min(ids.size(), from + BATCH)));
      }
    }
  }

  /** Puts the live ones among the records, removes the others (deleted, purged). */
  private void reindex(CurrentForm form, List<Long> ids) throws IOException {
    List<RecordData> live = transactions.required(() -> store.query(form.layout(), RecordQuery.all()
        .where("id", RecordQuery.Operator.IN, ids).page(0, ids.size()), ListOptions.live().countingUpTo(0))
        .records());
    Set<Long> gone = new HashSet<>(ids);
    for (RecordData record : live) {
      index.put(SearchedFields.document(form.layout(), record));
      gone.remove(record.id());
    }
    for (Long id : gone) {
      index.remove(form.key(), id);
    }
  }

  /** Puts every live record of the form, a page at a time in id order; returns how many. */
  private int indexForm(CurrentForm form) throws IOException {
    int count = 0;
    long after = 0;
    while (true) {
      long last = after;
      List<RecordData> page = transactions.required(() -> store.query(form.layout(), RecordQuery.all()
          .where("id", RecordQuery.Operator.GT, last).orderBy("id", true).page(0, PAGE),
          ListOptions.live().countingUpTo(0)).records());
      for (RecordData record : page) {
        index.put(SearchedFields.document(form.layout(), record));
        after = record.id();
      }
      count += page.size();
      if (stopping.getAsBoolean()) {
        throw new IllegalStateException("The forms plugin stops; the records search index is built at its next start");
      }
      if (page.size() < PAGE) {
        return count;
      }
    }
  }

  /** The cursor, for tests. */
  ChangeCursor cursor() {
    return cursor;
  }
}
