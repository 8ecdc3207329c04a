package io.atrium.forms.storage;

import static io.atrium.forms.storage.F.field;
import static io.atrium.forms.storage.F.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.schema.FieldType;
import io.atrium.forms.storage.internal.JdbcRecordChanges;
import io.atrium.sdk.record.RecordData;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The records' change log: an entry per record in the transaction of every write, read back in order, pruned. */
abstract class ChangeLogContract extends StorageContract {

  private FormLayout layout;
  private RecordChanges changes;
  private long published;

  @BeforeEach
  void publishNotes() {
    layout = publish(schema("notes", field("f1", "text", FieldType.TEXT)));
    changes = new JdbcRecordChanges(db.persistence(), db.transactions(), db.clock());
    published = changes.last();
  }

  private List<Long> recordIds() {
    return changes.after(published, 100).stream().map(RecordChange::recordId).toList();
  }

  @Test
  void publishingWritesAnEntryForTheWholeForm() {
    assertThat(changes.after(0, 10)).singleElement().satisfies(entry -> {
      assertThat(entry.formKey()).isEqualTo("notes");
      assertThat(entry.wholeForm()).isTrue();
      assertThat(entry.at()).isEqualTo(db.clock().now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    });
  }

  @Test
  void everyWriteOfARecordLeavesAnEntryNamingIt() {
    RecordData a = insert(layout, Map.of("text", "a"));
    RecordData b = insert(layout, Map.of("text", "b"));
    db.records().update(layout, a.id(), -1, Map.of("text", "a2"), stamp());
    db.records().delete(layout, a.id(), -1, stamp());
    db.records().restore(layout, a.id(), stamp());
    db.records().updateAll(layout, List.of(a.id(), b.id()), Map.of("text", "all"), stamp());
    db.records().deleteAll(layout, List.of(b.id()), stamp());
    db.records().restoreAll(layout, List.of(b.id()), stamp());
    db.records().deleteAll(layout, List.of(b.id()), stamp());
    db.records().purge(layout, List.of(b.id()));

    assertThat(recordIds()).containsExactly(a.id(), b.id(), a.id(), a.id(), a.id(), a.id(), b.id(), b.id(), b.id(),
        b.id(), b.id());
    List<RecordChange> entries = changes.after(published, 100);
    assertThat(entries).extracting(RecordChange::seq).isSorted().doesNotHaveDuplicates();
    assertThat(changes.after(published, 3)).hasSize(3);
    long third = entries.get(2).seq();
    assertThat(changes.between(third, entries.get(4).seq(), 100)).extracting(RecordChange::seq)
        .containsExactly(third, entries.get(3).seq(), entries.get(4).seq());
    assertThat(changes.last()).isEqualTo(entries.get(entries.size() - 1).seq());
  }

  @Test
  void aWriteThatRollsBackLeavesNoEntry() {
    assertThatThrownBy(() -> db.transactions().required(() -> {
      insert(layout, Map.of("text", "gone"));
      throw new IllegalStateException("rolled back");
    })).hasMessageContaining("rolled back");

    assertThat(recordIds()).isEmpty();
  }

  @Test
  void entriesOlderThanTheRetentionArePruned() {
    insert(layout, Map.of("text", "old"));
    db.advanceClock(Duration.ofDays(8));
    RecordData fresh = insert(layout, Map.of("text", "new"));

    assertThat(changes.lastBefore(db.clock().now().minus(Duration.ofDays(7)))).isGreaterThan(published);
    assertThat(changes.pruneBefore(db.clock().now().minus(Duration.ofDays(7)))).isEqualTo(2);
    assertThat(changes.after(0, 10)).extracting(RecordChange::recordId).containsExactly(fresh.id());
    changes.wholeFormChanged("notes");
    assertThat(changes.after(0, 10)).extracting(RecordChange::wholeForm).containsExactly(false, true);
  }
}
