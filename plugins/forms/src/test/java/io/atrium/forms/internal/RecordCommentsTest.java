package io.atrium.forms.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.forms.CommentPage;
import io.atrium.forms.HistoryEntry;
import io.atrium.forms.RecordComment;
import io.atrium.forms.RecordComments;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
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
  void aTokenRunsOnUntilPunctuationOrSpaceSoADisplayNameMayBeFollowedByTheSentence() {
    assertThat(Mentions.names("@李雷请看一下金额，谢谢 @lilei, please check; mail lilei@example.com"))
        .containsExactly("李雷请看一下金额", "lilei");
    assertThat(Mentions.names("邮件发到 li@example.cn 或 a.b@example.com")).isEmpty();
  }

  @Test
  void aTokenIsTriedAsDisplayNameFromItsLongestPrefixOfTwentyCharactersDownToOne() {
    assertThat(Mentions.prefixes("李雷请")).containsExactly("李雷请", "李雷", "李");
    assertThat(Mentions.prefixes("lilei")).containsExactly("lilei", "lile", "lil", "li", "l");
    String sentence = "李雷请看一下金额是否正确并在今天下班之前回复我谢谢你呀";
    List<String> prefixes = Mentions.prefixes(sentence);
    assertThat(prefixes).hasSize(Mentions.LONGEST_NAME).endsWith("李");
    assertThat(prefixes.get(0)).isEqualTo(sentence.substring(0, 20));
    assertThat(Mentions.prefixes("\uD842\uDFB7野家")).containsExactly("\uD842\uDFB7野家", "\uD842\uDFB7野",
        "\uD842\uDFB7");
    assertThat(Mentions.prefixes("")).isEmpty();
    assertThat(Mentions.prefixes(null)).isEmpty();
  }

  @Test
  void aLoginNameWinsOverADisplayName() {
    RecordData record = record();
    long lilei = fixture.kit.directory().person("lilei", "李雷", null, null);
    long named = fixture.kit.directory().person("wang", "lilei", null, null);
    fixture.kit.access().grant(lilei, "forms:claims:view").grant(named, "forms:claims:view");

    assertThat(comments.add(RecordsFixture.KEY, record.id(), "@lilei please check").mentions())
        .containsExactly(lilei);
  }

  @Test
  void aDisplayNameWrittenWithoutASpaceTellsTheOnePersonSoNamed() {
    RecordData record = record();
    long lilei = fixture.kit.directory().person("lilei", "李雷", null, null);
    long li = fixture.kit.directory().person("li", "李", null, null);
    long hanmei = fixture.kit.directory().person("hanmei", "韩梅梅", null, null);
    fixture.kit.access().grant(lilei, "forms:claims:view").grant(li, "forms:claims:view")
        .grant(hanmei, "forms:claims:view");

    RecordComment added = comments.add(RecordsFixture.KEY, record.id(), "@李雷请看一下金额，@韩梅梅。@李雷再看");

    assertThat(added.mentions()).containsExactly(lilei, hanmei);
    assertThat(fixture.kit.notifier().sent(DefaultRecordComments.MENTION_CATEGORY)).singleElement()
        .satisfies(n -> assertThat(n.recipients()).containsExactlyInAnyOrder(lilei, hanmei));
  }

  @Test
  void aDisplayNameSeveralActivePeopleShareTellsNobodyNotEvenAShorterName() {
    RecordData record = record();
    long one = fixture.kit.directory().person("lilei", "李雷", null, null);
    long two = fixture.kit.directory().person("lilei2", "李雷", null, null);
    long li = fixture.kit.directory().person("li", "李", null, null);
    fixture.kit.access().grant(one, "forms:claims:view").grant(two, "forms:claims:view")
        .grant(li, "forms:claims:view");

    assertThat(comments.add(RecordsFixture.KEY, record.id(), "@李雷请看一下").mentions()).isEmpty();
    assertThat(comments.add(RecordsFixture.KEY, record.id(), "@lilei2 请看一下").mentions()).containsExactly(two);
    assertThat(fixture.kit.notifier().sent(DefaultRecordComments.MENTION_CATEGORY)).singleElement()
        .satisfies(n -> assertThat(n.recipients()).containsExactly(two));
  }

  @Test
  void inactivePeopleAreNeitherMentionedNorMakeANameAmbiguous() {
    RecordData record = record();
    long active = fixture.kit.directory().person("wangfang", "王芳", null, null);
    fixture.kit.directory().person(new Person(900, "wangfang2", "王芳", null, null, null, null, null,
        UserStatus.LEFT));
    fixture.kit.directory().person(new Person(901, "zhaoliu", "赵六", null, null, null, null, null,
        UserStatus.DISABLED));
    fixture.kit.access().grant(active, "forms:claims:view").grant(900, "forms:claims:view")
        .grant(901, "forms:claims:view");

    assertThat(comments.add(RecordsFixture.KEY, record.id(), "@王芳看下 @赵六看下 @zhaoliu @wangfang2").mentions())
        .containsExactly(active);
  }

  @Test
  void theAuthorMentioningThemselvesByDisplayNameIsNotTold() {
    RecordData record = record();
    fixture.kit.directory().person("zhangsan", "张三", null, null);
    long author = fixture.signIn("zhangsan", "forms:use", "forms:claims:view");
    fixture.kit.access().grant(author, "forms:claims:view");

    assertThat(comments.add(RecordsFixture.KEY, record.id(), "@张三备注一下 @zhangsan").mentions()).isEmpty();
    assertThat(fixture.kit.notifier().sent(DefaultRecordComments.MENTION_CATEGORY)).isEmpty();
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
