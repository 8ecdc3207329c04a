package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.HistoryEntry;
import io.atrium.forms.HistoryEntry.Kind;
import io.atrium.forms.RecordHistory;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.FieldAccess;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The change history read back from the audit log: steps, labels, values, and redaction. */
class RecordHistoryTest {

  private final RecordsFixture fixture = new RecordsFixture();
  private final RecordHistory history = fixture.kit.create(DefaultRecordHistory.class);

  @AfterEach
  void close() {
    fixture.close();
  }

  private RecordData createAndEdit() {
    RecordData created = fixture.records.create(RecordsFixture.KEY, Map.of("title", "Taxi", "amount", "12.50",
        "note", "secret"), true);
    RecordData changed = fixture.records.update(RecordsFixture.KEY, created.id(), created.version(),
        Map.of("amount", "20", "note", "more secret"));
    fixture.records.delete(RecordsFixture.KEY, List.of(created.id()));
    fixture.records.restore(RecordsFixture.KEY, List.of(created.id()));
    return changed;
  }

  @Test
  void showsEachStepWithWhoAndTheChangedFieldsInFormOrder() {
    RecordData record = createAndEdit();

    List<HistoryEntry> steps = history.of(RecordsFixture.KEY, record.id(), 0, 50);

    assertThat(steps).extracting(HistoryEntry::kind)
        .containsExactly(Kind.CREATED, Kind.UPDATED, Kind.DELETED, Kind.RESTORED);
    assertThat(steps).allSatisfy(s -> assertThat(s.actorName()).isEqualTo("designer"));
    HistoryEntry update = steps.get(1);
    assertThat(update.changes()).extracting(HistoryEntry.Change::field).containsExactly("amount", "note");
    HistoryEntry.Change amount = update.changes().get(0);
    assertThat(amount.label()).isEqualTo("Amount");
    // decimals are audited as text with their scale, as the record events carry them
    assertThat(amount.before()).isEqualTo("12.50");
    assertThat(amount.after()).isEqualTo("20.00");
    assertThat(update.changes().get(1).before()).isEqualTo("secret");
  }

  @Test
  void hiddenFieldsKeepTheirLabelAndLoseTheirValues() {
    RecordData record = createAndEdit();
    fixture.signIn("viewer", "forms:use", "forms:claims:view");
    fixture.kit.access().field("forms:claims", "note", FieldAccess.HIDDEN);

    HistoryEntry update = history.of(RecordsFixture.KEY, record.id(), 0, 50).get(1);

    HistoryEntry.Change note = update.changes().get(1);
    assertThat(note.label()).isEqualTo("Note");
    assertThat(note.redacted()).isTrue();
    assertThat(note.before()).isNull();
    assertThat(note.after()).isNull();
    assertThat(update.changes().get(0).redacted()).isFalse();
  }

  @Test
  void aRecordOutsideTheRowScopeOrWithoutViewHasNoHistory() {
    RecordData record = createAndEdit();
    long viewer = fixture.signIn("viewer", "forms:use", "forms:claims:view");
    fixture.kit.access().rows("forms:claims", "view", Set.of(viewer), Set.of());

    assertThatThrownBy(() -> history.of(RecordsFixture.KEY, record.id(), 0, 50))
        .isInstanceOf(RecordNotFoundException.class);

    fixture.signIn("stranger", "forms:use");
    assertThatThrownBy(() -> history.of(RecordsFixture.KEY, record.id(), 0, 50))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void pagesThroughTheHistory() {
    RecordData record = createAndEdit();

    assertThat(history.of(RecordsFixture.KEY, record.id(), 1, 2)).extracting(HistoryEntry::kind)
        .containsExactly(Kind.UPDATED, Kind.DELETED);
  }
}
