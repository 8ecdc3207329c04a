package io.atrium.forms.internal;

import io.atrium.forms.CommentPage;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormRecords;
import io.atrium.forms.RecordComment;
import io.atrium.forms.RecordComments;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.notify.Notifier;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RecordComments}: the record is read through {@link FormRecords#get} (view permission and
 * row scope) before anything else; mentions are resolved through the directory (login name, else
 * an unambiguous display name at the start of the token) and told through the notifier only to
 * active users who may view the record themselves; adding and deleting are audited on the record.
 */
@Component(service = RecordComments.class)
public class DefaultRecordComments implements RecordComments {

  /** The notification category users choose channels for. */
  static final String MENTION_CATEGORY = "forms.mention";

  /** How much of the comment the notification quotes. */
  static final int EXCERPT = 120;

  private final FormRecords records;
  private final CommentStore store;
  private final Transactions transactions;
  private final CurrentUser user;
  private final AccessService access;
  private final Directory directory;
  private final Notifier notifier;
  private final AuditLog audit;
  private final AtriumClock clock;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultRecordComments(@Reference FormRecords records, @Reference PluginPersistence persistence,
      @Reference Transactions transactions, @Reference CurrentUser user, @Reference AccessService access,
      @Reference Directory directory, @Reference Notifier notifier, @Reference AuditLog audit,
      @Reference AtriumClock clock) {
    this.records = records;
    this.store = new CommentStore(persistence);
    this.transactions = transactions;
    this.user = user;
    this.access = access;
    this.directory = directory;
    this.notifier = notifier;
    this.audit = audit;
    this.clock = clock;
  }

  @Override
  public RecordComment add(String formKey, long id, String text) {
    RecordData record = viewable(formKey, id);
    Locale locale = user.locale();
    String body = text == null ? "" : text.strip();
    if (body.isEmpty() || body.length() > MAX_LENGTH) {
      throw new RecordValidationException(List.of(new FieldProblem("text", FormsTexts.text(locale,
          "forms.comments.text"), FormsTexts.text(locale, body.isEmpty() ? "forms.comments.empty"
              : "forms.comments.tooLong", MAX_LENGTH))));
    }
    Long authorId = user.userId().orElse(null);
    String authorName = user.username().orElse(null);
    Instant now = clock.now();
    return transactions.required(() -> {
      long commentId = store.insert(formKey, id, authorId, authorName, body, now);
      List<Person> told = mentioned(formKey, record, body, authorId);
      List<Long> ids = told.stream().map(Person::id).toList();
      if (!ids.isEmpty()) {
        store.mentions(commentId, ids);
        notifier.send(Notification.builder(MENTION_CATEGORY, "forms.notify.mention.title")
            .body("forms.notify.mention.body").args(authorDisplayName(authorId, authorName), title(record),
                excerpt(body))
            .link("/forms/record.xhtml?form=" + formKey + "&id=" + id).to(ids)
            .key("forms.comment." + formKey + "." + commentId).build());
      }
      Map<String, Object> after = new LinkedHashMap<>();
      after.put("comment", commentId);
      after.put("text", body);
      after.put("mentions", ids);
      audit.record("comment.add", DefaultFormRecords.source(formKey), Long.toString(id), Map.of(), after);
      return new RecordComment(commentId, id, authorId, authorName, body, ids, now, true);
    });
  }

  @Override
  public CommentPage list(String formKey, long id, int offset, int limit) {
    RecordData record = viewable(formKey, id);
    int size = Math.max(0, Math.min(limit, MAX_LIMIT));
    boolean editor = mayEdit(formKey, record);
    Long me = user.userId().orElse(null);
    List<RecordComment> comments = new ArrayList<>();
    for (CommentStore.Row row : transactions.required(() -> store.list(formKey, id, Math.max(0, offset), size))) {
      comments.add(comment(row, editor || me != null && me.equals(row.authorId())));
    }
    return new CommentPage(transactions.required(() -> store.count(formKey, id)), comments);
  }

  @Override
  public boolean delete(String formKey, long id, long commentId) {
    RecordData record = viewable(formKey, id);
    return transactions.required(() -> {
      Optional<CommentStore.Row> found = store.find(formKey, id, commentId);
      if (found.isEmpty()) {
        return false;
      }
      Long me = user.userId().orElse(null);
      boolean own = me != null && me.equals(found.get().authorId());
      if (!own && !mayEdit(formKey, record)) {
        throw new AccessDeniedException(FormPermissions.of(formKey, "edit"));
      }
      store.delete(commentId);
      audit.record("comment.delete", DefaultFormRecords.source(formKey), Long.toString(id),
          Map.of("comment", commentId, "text", found.get().body()), Map.of());
      return true;
    });
  }

  private RecordData viewable(String formKey, long id) {
    return records.get(formKey, id)
        .orElseThrow(() -> new RecordNotFoundException(DefaultFormRecords.source(formKey), id));
  }

  private boolean mayEdit(String formKey, RecordData record) {
    return user.isPermitted(FormPermissions.of(formKey, "edit")) && access.rows(FormPermissions.resource(formKey),
        "edit").permits(record.ownerId(), record.departmentId());
  }

  /** The active users a comment names who may view the record, without its author. */
  private List<Person> mentioned(String formKey, RecordData record, String body, Long authorId) {
    List<Person> told = new ArrayList<>();
    for (String token : Mentions.names(body)) {
      named(token).filter(p -> authorId == null || p.id() != authorId)
          .filter(p -> mayView(formKey, record, p.id()))
          .filter(p -> told.stream().noneMatch(t -> t.id() == p.id()))
          .ifPresent(told::add);
    }
    return told;
  }

  /**
   * The active person a mention token names: whoever has it as login name; otherwise the one
   * whose display name is the token's longest prefix that names anybody active ({@code 李雷请看}
   * names 李雷). A display name several active people share names nobody, not a shorter name:
   * a mention must never reach someone the writer did not mean. Inactive people are ignored.
   */
  private Optional<Person> named(String token) {
    Optional<Person> byLogin = directory.personByUsername(token).filter(Person::active);
    if (byLogin.isPresent()) {
      return byLogin;
    }
    for (String prefix : Mentions.prefixes(token)) {
      List<Person> named = directory.peopleNamed(prefix).stream().filter(Person::active).toList();
      if (!named.isEmpty()) {
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private boolean mayView(String formKey, RecordData record, long userId) {
    return access.isPermitted(userId, FormPermissions.of(formKey, "view"))
        && access.rowsOf(userId, FormPermissions.resource(formKey), "view").permits(record.ownerId(),
            record.departmentId());
  }

  private String authorDisplayName(Long authorId, String authorName) {
    String name = authorId == null ? null : directory.person(authorId).map(Person::displayName).orElse(null);
    return name != null ? name : authorName == null ? "" : authorName;
  }

  private static String title(RecordData record) {
    return record.serial() != null ? record.serial() : "#" + record.id();
  }

  static String excerpt(String body) {
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
  }

  private static RecordComment comment(CommentStore.Row row, boolean deletable) {
    return new RecordComment(row.id(), row.recordId(), row.authorId(), row.authorName(), row.body(), row.mentions(),
        row.createdAt(), deletable);
  }
}
