package io.atrium.forms.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.schema.FieldType;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Form definitions: drafts with revisions, published versions, deletion. */
class FormStoreTest {

  private H2Harness db;

  @BeforeEach
  void open() {
    db = new H2Harness();
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void createsFormsWithUniqueKeysAndSavesDraftsRevisionByRevision() {
    StoredForm form = db.forms().create("expense", "{\"v\":1}", 5L);
    assertThat(form.draftRevision()).isEqualTo(1);
    assertThat(form.published()).isFalse();
    assertThatThrownBy(() -> db.forms().create("expense", "{}", 5L)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exists already");

    db.advanceClock(Duration.ofMinutes(1));
    StoredForm saved = db.forms().saveDraft(form.id(), 1, "{\"v\":2}", 6L);
    assertThat(saved.draftRevision()).isEqualTo(2);
    assertThat(saved.updatedBy()).isEqualTo(6L);
    assertThat(db.forms().find("expense").orElseThrow()).isEqualTo(saved);
    assertThatThrownBy(() -> db.forms().saveDraft(form.id(), 1, "{\"v\":3}", 7L))
        .isInstanceOf(FormChangedException.class).hasMessageContaining("saved by someone else (revision 2");
    assertThat(db.forms().find(form.id()).orElseThrow().draftSchema()).isEqualTo("{\"v\":2}");
    assertThatThrownBy(() -> db.forms().saveDraft(999, -1, "{}", 1L)).isInstanceOf(FormNotFoundException.class);
  }

  @Test
  void keepsEveryPublishedVersionAndDeletedFormsStayFindable() {
    StoredForm form = db.forms().create("trip", "{}", 1L);
    db.publisher().publish(form.id(), F.schema("trip", F.field("f1", "to", FieldType.TEXT)), "{\"v\":1}", null, 0,
        1L);
    db.publisher().publish(form.id(), F.schema("trip", F.field("f1", "to", FieldType.TEXT),
        F.field("f2", "from", FieldType.TEXT)), "{\"v\":2}", "{\"custom\":true}", 1, 2L);

    assertThat(db.forms().versions(form.id())).extracting(FormVersion::version).containsExactly(1, 2);
    FormVersion second = db.forms().version(form.id(), 2).orElseThrow();
    assertThat(second.schemaJson()).isEqualTo("{\"v\":2}");
    assertThat(second.changeSummary()).isEqualTo("{\"custom\":true}");
    assertThat(second.publishedBy()).isEqualTo(2L);
    assertThat(db.forms().version(form.id(), 1).orElseThrow().changeSummary()).contains("\"ADDED\"");
    assertThat(db.forms().version(form.id(), 3)).isEmpty();

    db.forms().setDeleted(form.id(), true, 3L);
    assertThat(db.forms().list(false)).isEmpty();
    assertThat(db.forms().list(true)).extracting(StoredForm::key).containsExactly("trip");
    assertThat(db.tableExists("forms_t" + form.id())).isTrue();
    assertThat(db.forms().setDeleted(form.id(), false, 3L).deleted()).isFalse();
  }
}
