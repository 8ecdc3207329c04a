package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.HistoryEntry;
import io.atrium.forms.NotADraftException;
import io.atrium.sdk.record.RecordConflictException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordEvents;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A draft is edited and then submitted: validated as on submit, numbered, published as submitted. */
class DraftSubmitTest {

  private final RecordsFixture fixture = new RecordsFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void anIncompleteDraftCanBeEditedAndIsNumberedWhenSubmitted() {
    RecordData draft = fixture.records.create(RecordsFixture.KEY, Map.of("amount", "5"), false);
    assertThat(draft.serial()).isNull();
    RecordData edited = fixture.records.update(RecordsFixture.KEY, draft.id(), draft.version(), Map.of("amount", "6"));
    assertThat(edited.status()).isEqualTo(RecordStatus.DRAFT);

    assertThatThrownBy(() -> fixture.records.submit(RecordsFixture.KEY, draft.id(), edited.version(), Map.of()))
        .isInstanceOf(RecordValidationException.class)
        .satisfies(e -> assertThat(((RecordValidationException) e).problems()).extracting(p -> p.field())
            .containsExactly("title"));

    RecordData submitted = fixture.records.submit(RecordsFixture.KEY, draft.id(), edited.version(),
        Map.of("title", "Hotel"));

    assertThat(submitted.status()).isEqualTo(RecordStatus.SUBMITTED);
    assertThat(submitted.serial()).isEqualTo("BX-001");
    assertThat(submitted.value("title")).isEqualTo("Hotel");
    assertThat(fixture.kit.events().published(RecordEvents.SUBMITTED)).hasSize(1);
    assertThat(fixture.kit.create(DefaultRecordHistory.class).of(RecordsFixture.KEY, draft.id(), 0, 50))
        .extracting(HistoryEntry::kind).containsExactly(HistoryEntry.Kind.CREATED, HistoryEntry.Kind.UPDATED,
            HistoryEntry.Kind.UPDATED, HistoryEntry.Kind.SUBMITTED);
  }

  @Test
  void aStaleVersionOrASubmittedRecordIsRefused() {
    RecordData draft = fixture.records.create(RecordsFixture.KEY, Map.of("title", "Taxi"), false);

    assertThatThrownBy(() -> fixture.records.submit(RecordsFixture.KEY, draft.id(), draft.version() + 1, Map.of()))
        .isInstanceOf(RecordConflictException.class);
    RecordData submitted = fixture.records.submit(RecordsFixture.KEY, draft.id(), draft.version(), Map.of());
    assertThatThrownBy(() -> fixture.records.submit(RecordsFixture.KEY, draft.id(), submitted.version(), Map.of()))
        .isInstanceOf(NotADraftException.class);
  }

  @Test
  void theOwnerSubmitsWithCreateOthersNeedEdit() {
    fixture.signIn("filler", "forms:use", "forms:claims:create");
    RecordData draft = fixture.records.create(RecordsFixture.KEY, Map.of("title", "Taxi"), false);
    fixture.signIn("other", "forms:use", "forms:claims:create", "forms:claims:view");

    assertThatThrownBy(() -> fixture.records.submit(RecordsFixture.KEY, draft.id(), draft.version(), Map.of()))
        .isInstanceOf(AccessDeniedException.class);

    fixture.signIn("filler", "forms:use", "forms:claims:create");
    assertThat(fixture.records.submit(RecordsFixture.KEY, draft.id(), draft.version(), Map.of()).serial())
        .isEqualTo("BX-001");
  }
}
