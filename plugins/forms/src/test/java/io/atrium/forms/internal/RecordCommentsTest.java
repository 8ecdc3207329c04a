package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.CommentPage;
import io.atrium.forms.HistoryEntry;
import io.atrium.forms.RecordComment;
import io.atrium.forms.RecordComments;
import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Comments with @mentions: who reads and writes them, whom a mention tells, and what is audited. */
class RecordCommentsTest {

  private final RecordsFixture fixture = new RecordsFixture();
  private final RecordComments comments = fixture.kit.create(DefaultRecordComments.class);

  @AfterEach
  void close() {
    fixture.close();
  }

  private RecordData record() {
    return fixture.records.create(RecordsFixture.KEY, Map.of("title", "Taxi"), true);
  }

  @Test
  void findsLoginNamesButNotEmailAddressesOrTrailingPunctuation() {
    assertThat(Mentions.names("@bob, please ask @li.wei. Mail ann@example.com or @bob again; @王芳!"))
        .containsExactly("bob", "li.wei", "王芳");
    assertThat(Mentions.names("no mention @ here")).isEmpty();
  }

  @Test
  void aMentionTellsTheNamedUsersWhoMayViewTheRecordButNotTheAuthor() {
    RecordData record = record();
    long bob = fixture.kit.directory().person("bob", "Bob Li", null, null);
    long carol = fixture.kit.directory().person("carol", "Carol", null, null);
    long dave = fixture.kit.directory().person("dave", "Dave", null, null);
    fixture.kit.access().grant(bob, "forms:claims:view").grant(dave, "forms:claims:view")
        .rowsOf(dave, "forms:claims", "view", Set.of(dave), Set.of());

    RecordComment added = comments.add(RecordsFixture.KEY, record.id(),
        "  @bob @carol @dave @designer @nobody <b>look</b>  ");

    assertThat(added.text()).isEqualTo("@bob @carol @dave @designer @nobody <b>look</b>");
    assertThat(added.mentions()).containsExactly(bob);
    List<Notification> sent = fixture.kit.notifier().sent(DefaultRecordComments.MENTION_CATEGORY);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).recipients()).containsExactly(bob);
    assertThat(sent.get(0).link()).isEqualTo("/forms/record.xhtml?form=claims&id=" + record.id());
    assertThat(sent.get(0).args()).containsExactly("Dora Designer", "BX-001",
        "@bob @carol @dave @designer @nobody <b>look</b>");
    assertThat(carol).isNotEqualTo(bob);
    assertThat(fixture.kit.create(DefaultRecordHistory.class).of(RecordsFixture.KEY, record.id(), 0, 10))
        .extracting(HistoryEntry::kind).containsExactly(HistoryEntry.Kind.CREATED, HistoryEntry.Kind.COMMENTED);
  }

  @Test
  void commentsAreListedOldestFirstAndPaged() {
    RecordData record = record();
    comments.add(RecordsFixture.KEY, record.id(), "first");
    comments.add(RecordsFixture.KEY, record.id(), "second");
    comments.add(RecordsFixture.KEY, record.id(), "third");

    CommentPage page = comments.list(RecordsFixture.KEY, record.id(), 1, 5);

    assertThat(page.total()).isEqualTo(3);
    assertThat(page.comments()).extracting(RecordComment::text).containsExactly("second", "third");
    assertThat(page.comments()).allSatisfy(c -> assertThat(c.deletable()).isTrue());
  }

  @Test
  void anEmptyOrOverlongCommentIsRefused() {
    RecordData record = record();

    assertThatThrownBy(() -> comments.add(RecordsFixture.KEY, record.id(), "   "))
        .isInstanceOf(RecordValidationException.class);
    assertThatThrownBy(() -> comments.add(RecordsFixture.KEY, record.id(), "x".repeat(4001)))
        .isInstanceOf(RecordValidationException.class);
    assertThat(comments.list(RecordsFixture.KEY, record.id(), 0, 10).total()).isZero();
  }

  @Test
  void onlyViewersCommentAndOnlyTheAuthorOrAnEditorDeletes() {
    RecordData record = record();
    long viewer = fixture.signIn("viewer", "forms:use", "forms:claims:view");
    RecordComment mine = comments.add(RecordsFixture.KEY, record.id(), "mine");
    long designer = fixture.signIn("designer", "forms:use", "forms:claims:view", "forms:claims:edit");
    RecordComment editors = comments.add(RecordsFixture.KEY, record.id(), "the editor's");

    fixture.signIn("viewer", "forms:use", "forms:claims:view");
    assertThat(comments.list(RecordsFixture.KEY, record.id(), 0, 10).comments())
        .extracting(RecordComment::deletable).containsExactly(true, false);
    assertThatThrownBy(() -> comments.delete(RecordsFixture.KEY, record.id(), editors.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(comments.delete(RecordsFixture.KEY, record.id(), mine.id())).isTrue();
    assertThat(comments.delete(RecordsFixture.KEY, record.id(), mine.id())).isFalse();

    fixture.kit.access().rows("forms:claims", "view", Set.of(viewer), Set.of());
    assertThatThrownBy(() -> comments.list(RecordsFixture.KEY, record.id(), 0, 10))
        .isInstanceOf(RecordNotFoundException.class);
    fixture.signIn("stranger", "forms:use");
    assertThatThrownBy(() -> comments.add(RecordsFixture.KEY, record.id(), "hi"))
        .isInstanceOf(AccessDeniedException.class);

    fixture.signIn("designer", "forms:use", "forms:claims:view", "forms:claims:edit");
    fixture.kit.access().rows("forms:claims", "view", Set.of(designer), Set.of());
    assertThat(comments.delete(RecordsFixture.KEY, record.id(), editors.id())).isTrue();
    assertThat(fixture.kit.audit().entries()).extracting(e -> e.action())
        .contains("comment.add", "comment.delete");
  }
}
