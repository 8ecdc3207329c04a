package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.forms.internal.search.IndexHit;
import io.atrium.forms.internal.search.IndexQuery;
import io.atrium.forms.internal.search.RecordIndex;
import io.atrium.forms.storage.RecordChange;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.security.RowFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index fed from the tables and the change log: built from live records, then each create,
 * update, delete, restore and purge applied in order, idempotently, late entries included.
 */
class IndexFeedTest {

  private static final RowFilter EVERY_ROW = new RowFilter() {
    @Override
    public boolean all() {
      return true;
    }

    @Override
    public Set<Long> ownerIds() {
      return Set.of();
    }

    @Override
    public Set<Long> departmentIds() {
      return Set.of();
    }
  };

  @TempDir
  Path folder;
  private FormsFixture fixture;
  private RecordIndex index;
  private IndexFeed feed;

  @BeforeEach
  void publish() throws IOException {
    fixture = new FormsFixture();
    fixture.publish("supplies", FormsFixture.supplies("supplies"));
    index = RecordIndex.open(folder);
    feed = feed();
  }

  @AfterEach
  void close() throws IOException {
    index.close();
    fixture.close();
  }

  private IndexFeed feed() {
    return new IndexFeed(index, fixture.forms, fixture.store, fixture.changes, fixture.kit.transactions(),
        fixture.kit.clock(), () -> false);
  }

  /** Builds the index and applies what the log has so far (the form's publish). */
  private void built() throws IOException {
    feed.build();
    feed.poll();
  }

  private List<Long> find(String text) throws IOException {
    Set<String> fields = SearchedFields.visible(fixture.forms.current("supplies").orElseThrow().layout(), Set.of());
    return index.search(IndexQuery.of("supplies", text, fields, EVERY_ROW), 20).stream().map(IndexHit::recordId)
        .toList();
  }

  private RecordData submit(String title) {
    return fixture.submit(1L, "supplies", Map.of("title", title));
  }

  @Test
  void theBuildTakesTheLiveRecordsOfEveryPublishedForm() throws IOException {
    RecordData pen = submit("Blue pen");
    RecordData gone = submit("Red pen");
    fixture.records.delete("supplies", List.of(gone.id()));
    fixture.publish("more", FormsFixture.supplies("more"));
    fixture.submit(1L, "more", Map.of("title", "Green pen"));

    assertThat(index.ready()).isFalse();
    feed.build();

    assertThat(index.ready()).isTrue();
    assertThat(find("pen")).containsExactly(pen.id());
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void eachChangeIsAppliedInOrderAndTheCursorFollowsTheLog() throws IOException {
    built();
    RecordData lamp = submit("Desk lamp");
    assertThat(find("lamp")).as("not polled yet").isEmpty();

    assertThat(feed.poll()).isEqualTo(1);
    assertThat(find("lamp")).containsExactly(lamp.id());
    assertThat(index.cursor()).isEqualTo(fixture.changes.last());

    RecordData fan = fixture.records.update("supplies", lamp.id(), lamp.version(), Map.of("title", "Desk fan"));
    feed.poll();
    assertThat(find("lamp")).isEmpty();
    assertThat(find("fan")).containsExactly(lamp.id());

    fixture.records.delete("supplies", List.of(fan.id()));
    feed.poll();
    assertThat(find("fan")).isEmpty();
    fixture.records.restore("supplies", List.of(fan.id()));
    feed.poll();
    assertThat(find("fan")).containsExactly(fan.id());

    fixture.records.delete("supplies", List.of(fan.id()));
    fixture.store.purge(fixture.forms.current("supplies").orElseThrow().layout(), List.of(fan.id()));
    feed.poll();
    assertThat(find("fan")).isEmpty();
    assertThat(index.size()).isZero();
    assertThat(fixture.changes.after(0, 100)).extracting(RecordChange::recordId).as("the publish, then the record")
        .containsOnly(null, fan.id());
  }

  @Test
  void applyingTheWholeLogAgainGivesTheSameIndex() throws IOException {
    built();
    RecordData kept = submit("Paper clips");
    RecordData changed = submit("Paper tray");
    fixture.records.update("supplies", changed.id(), changed.version(), Map.of("title", "Letter tray"));
    RecordData deleted = submit("Paper cutter");
    fixture.records.delete("supplies", List.of(deleted.id()));
    feed.poll();
    List<Long> once = find("paper");

    index.advance(0);
    feed = feed();
    assertThat(feed.poll()).isEqualTo(fixture.changes.after(0, 100).size());
    feed.poll();

    assertThat(find("paper")).isEqualTo(once).containsExactly(kept.id());
    assertThat(find("tray")).containsExactly(changed.id());
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void anEntryCommittedLateIsStillApplied() throws IOException {
    built();
    RecordData late = submit("Late stapler");
    long seq = fixture.changes.last();
    // as if the transaction that wrote it had not committed yet
    fixture.kit.sql("DELETE FROM forms_record_change WHERE seq = " + seq);
    RecordData early = submit("Early stapler");

    feed.poll();
    assertThat(find("stapler")).containsExactly(early.id());
    assertThat(index.cursor()).as("held before the gap").isEqualTo(seq - 1);

    fixture.kit.sql("INSERT INTO forms_record_change (seq, form_key, record_id, changed_at) VALUES (" + seq
        + ", 'supplies', " + late.id() + ", CURRENT_TIMESTAMP)");
    feed.poll();
    assertThat(find("stapler")).containsExactlyInAnyOrder(early.id(), late.id());
    assertThat(index.cursor()).isEqualTo(seq + 1);
  }

  @Test
  void aGapThatNeverFillsIsGivenUpAfterTheWait() throws IOException {
    built();
    submit("Rolled back");
    long seq = fixture.changes.last();
    fixture.kit.sql("DELETE FROM forms_record_change WHERE seq = " + seq);
    submit("Kept");
    feed.poll();
    assertThat(index.cursor()).isEqualTo(seq - 1);

    fixture.kit.clock().advance(IndexFeed.GAP_WAIT.plusSeconds(1));
    feed.poll();
    assertThat(index.cursor()).isEqualTo(seq + 1);
  }

  @Test
  void publishingAFormIndexesAllItsRecordsAgain() throws IOException {
    built();
    RecordData box = submit("Cardboard box");
    feed.poll();
    fixture.catalog.saveDraft("supplies", FormsFixture.supplies("supplies").replace("\"Title\"", "\"Name\""));
    fixture.catalog.publish("supplies");

    List<RecordChange> entries = fixture.changes.after(index.cursor(), 10);
    assertThat(entries).singleElement().satisfies(e -> assertThat(e.wholeForm()).isTrue());
    index.removeForm("supplies");
    feed.poll();
    assertThat(find("cardboard")).containsExactly(box.id());
  }

  @Test
  void aSearchAppliesAFewRecordsItselfButLeavesABigFormToTheThread() throws IOException {
    built();
    RecordData tray = submit("Letter tray");
    assertThat(feed.pollQuickly()).isEqualTo(1);
    assertThat(find("tray")).containsExactly(tray.id());
    fixture.publish("small", FormsFixture.supplies("small"));
    assertThat(feed.pollQuickly()).as("a form of a few records").isEqualTo(1);

    for (int i = 0; i < IndexFeed.QUICK_BATCH; i++) {
      submit("Pen " + i);
    }
    feed.poll();
    fixture.catalog.saveDraft("supplies", FormsFixture.supplies("supplies").replace("\"Title\"", "\"Name\""));
    fixture.catalog.publish("supplies");
    RecordData after = submit("Paper tray");
    assertThat(feed.pollQuickly()).as("a whole form is waiting").isZero();
    assertThat(find("tray")).containsExactly(tray.id());
    assertThat(feed.poll()).isEqualTo(2);
    assertThat(find("tray")).contains(after.id());
    assertThat(find("pen")).hasSize(20);
    assertThat(find("tray")).hasSize(2);
  }

  @Test
  void oldEntriesArePruned() {
    fixture.kit.sql("DELETE FROM forms_record_change");
    submit("Old");
    fixture.kit.clock().advance(Duration.ofDays(8));
    submit("New");

    assertThat(feed.prune(Duration.ofDays(7))).isEqualTo(1);
    assertThat(fixture.changes.after(0, 10)).hasSize(1);
    assertThat(fixture.changes.lastBefore(fixture.kit.clock().now().plusSeconds(1))).isEqualTo(fixture.changes.last());
    assertThat(fixture.changes.lastBefore(fixture.kit.clock().now().minusSeconds(1))).isZero();
  }

  @Test
  void theComponentBuildsInTheBackgroundAndKeepsItsCursorOverARestart() throws Exception {
    RecordData bin = submit("Waste bin");
    Path componentFolder = folder.resolve("component");
    RecordSearchIndex component = new RecordSearchIndex(componentFolder, fixture.forms, fixture.store,
        fixture.changes, fixture.kit.transactions(), fixture.kit.clock(), true);
    try {
      long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!component.ready() && System.nanoTime() < until) {
        Thread.sleep(50);
      }
      assertThat(component.ready()).as("built by its thread").isTrue();
      RecordData paper = submit("Paper bin");
      // the search's own catch-up, or the thread's next round when it is busy
      List<IndexHit> found = List.of();
      while (found.size() < 2 && System.nanoTime() < until) {
        component.catchUp();
        found = component.search(binQuery(), 10);
      }
      assertThat(found).extracting(IndexHit::recordId).containsExactlyInAnyOrder(bin.id(), paper.id());
    } finally {
      component.close();
    }
    long cursor = fixture.changes.last();

    RecordSearchIndex restarted = new RecordSearchIndex(componentFolder, fixture.forms, fixture.store,
        fixture.changes, fixture.kit.transactions(), fixture.kit.clock(), false);
    try {
      restarted.step();
      assertThat(restarted.feed().cursor().settled()).as("no build: the cursor of the last commit").isEqualTo(cursor);
      assertThat(restarted.search(binQuery(), 10)).hasSize(2);
    } finally {
      restarted.close();
    }
  }

  @Test
  void anIndexAheadOfTheDatabaseIsBuiltAgain() throws Exception {
    submit("Waste bin");
    submit("Paper bin");
    Path componentFolder = folder.resolve("restored");
    RecordSearchIndex first = new RecordSearchIndex(componentFolder, fixture.forms, fixture.store,
        fixture.changes, fixture.kit.transactions(), fixture.kit.clock(), false);
    first.step();
    assertThat(first.search(binQuery(), 10)).hasSize(2);
    first.close();

    // the node now runs on an older database (a restored backup): fewer changes than the index applied
    try (FormsFixture restored = new FormsFixture()) {
      restored.publish("supplies", FormsFixture.supplies("supplies"));
      RecordData hose = restored.submit(1L, "supplies", Map.of("title", "Garden hose"));
      assertThat(restored.changes.last()).isLessThan(fixture.changes.last());
      RecordSearchIndex again = new RecordSearchIndex(componentFolder, restored.forms, restored.store,
          restored.changes, restored.kit.transactions(), restored.kit.clock(), false);
      try {
        again.step();
        assertThat(again.search(binQuery(), 10)).as("the old database's records are gone").isEmpty();
        Set<String> fields = SearchedFields.visible(restored.forms.current("supplies").orElseThrow().layout(),
            Set.of());
        assertThat(again.search(IndexQuery.of("supplies", "hose", fields, EVERY_ROW), 10))
            .extracting(IndexHit::recordId).containsExactly(hose.id());
      } finally {
        again.close();
      }
    }
  }

  private org.apache.lucene.search.Query binQuery() {
    Set<String> fields = SearchedFields.visible(fixture.forms.current("supplies").orElseThrow().layout(), Set.of());
    return IndexQuery.of("supplies", "bin", fields, EVERY_ROW);
  }
}
