package io.atrium.forms.web;

import io.atrium.forms.RecordComment;
import io.atrium.forms.RecordComments;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs the comments panel of {@code forms/record.xhtml}: the record's comments oldest first, a
 * text box to add one ({@code @loginName} tells a colleague), and deleting one's own.
 */
@Component(service = RecordCommentsController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsRecordComments", scope = ControllerScope.VIEW)
public class RecordCommentsController {

  /** The panel shows this many; the REST API pages through more. */
  static final int SHOWN = RecordComments.MAX_LIMIT;

  private final RecordComments comments;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final DirectoryChoices directory;
  private final Directory people;
  private String key;
  private Long id;
  private String text;
  private List<CommentView> views;

  /** Declarative Services injects the facade and host services. */
  @Activate
  public RecordCommentsController(@Reference RecordComments comments, @Reference CurrentUser user,
      @Reference Directory directory, @Reference AtriumClock clock) {
    this.comments = comments;
    this.user = user;
    this.clock = clock;
    this.directory = new DirectoryChoices(directory);
    this.people = directory;
  }

  private boolean located() {
    if (key == null) {
      key = Pages.formKey();
      id = Pages.longParam("id");
    }
    return key != null && id != null;
  }

  /** The comments, oldest first; empty when the viewer may not see the record. */
  public List<CommentView> getComments() {
    if (views == null) {
      try {
        views = !located() ? List.of() : comments.list(key, id, 0, SHOWN).comments().stream().map(this::view).toList();
      } catch (RecordNotFoundException | AccessDeniedException e) {
        views = List.of();
      }
    }
    return views;
  }

  private CommentView view(RecordComment comment) {
    String who = comment.authorId() != null ? directory.personName(comment.authorId())
        : comment.authorName() == null ? "" : comment.authorName();
    ValueFormatter formatter = new ValueFormatter(user.locale(), clock.zone(), directory, new BuiltInRegions(), null);
    return new CommentView(comment.id(), who, formatter.instant(comment.createdAt()), comment.text(),
        comment.deletable());
  }

  /**
   * The mention autocomplete of the comment box: for a word starting with {@code @}, the
   * {@code @loginName} of active people whose name or login contains the rest.
   */
  public List<String> completeMention(String word) {
    if (word == null || !word.startsWith("@") || word.length() < 2) {
      return List.of();
    }
    return directory.people(word.substring(1)).stream().map(Long::valueOf)
        .map(id -> people.person(id).map(p -> "@" + p.username()).orElse(null))
        .filter(java.util.Objects::nonNull).toList();
  }

  public String getText() {
    return text;
  }

  public void setText(String value) {
    this.text = value;
  }

  /** Adds the typed comment. */
  public void add() {
    if (!located()) {
      return;
    }
    try {
      comments.add(key, id, text);
      text = null;
      views = null;
      Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), "forms.ui.comments.added"));
    } catch (RecordValidationException e) {
      for (FieldProblem problem : e.problems()) {
        Pages.message(null, FacesMessage.SEVERITY_ERROR, problem.message());
      }
    } catch (RecordNotFoundException | AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    }
  }

  /** Deletes a comment. */
  public void delete(long commentId) {
    if (!located()) {
      return;
    }
    try {
      if (comments.delete(key, id, commentId)) {
        Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), "forms.ui.comments.deleted"));
      }
    } catch (RecordNotFoundException | AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    }
    views = null;
  }
}
