package io.atrium.workflows.ui;

import io.atrium.sdk.blob.BlobRefusedException;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.record.RecordFieldType;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsTexts;
import io.atrium.workflows.engine.StaleInstanceException;
import io.atrium.workflows.runtime.ApprovalAttachments;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.TaskCommand;
import jakarta.faces.application.FacesMessage;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code workflows/task.xhtml?task=<id>}: the caller's task with the record, the trail so far
 * and the actions (approve, reject, return to an earlier node, transfer, delegate, add a signer; at the start
 * node submit again or withdraw), each through {@link Approvals} with the instance version the page
 * was read at, so that someone acting first is a clear conflict, never a silent overwrite. One action
 * id per page: pressing a button twice applies it once.
 */
@Component(service = TaskController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "wfTask", scope = ControllerScope.VIEW)
public class TaskController {

  private final ApprovalViews views;
  private final Approvals approvals;
  private final CurrentUser user;
  private final PersonLookup people;
  private final ApprovalAttachments attachments;
  private TaskView view;
  private String actionId = UUID.randomUUID().toString();
  private String comment;
  private String target;
  private String person;
  private boolean before;
  private boolean conflict;
  private final Map<String, String> edits = new LinkedHashMap<>();
  private String signature;
  private final List<StoredBlob> files = new ArrayList<>();
  private Collection<Part> uploads;
  private String signatureLines;

  /** Declarative Services injects the parts. */
  @Activate
  public TaskController(@Reference ApprovalViews views, @Reference Approvals approvals, @Reference CurrentUser user,
      @Reference Directory directory, @Reference ApprovalAttachments attachments) {
    this.views = views;
    this.approvals = approvals;
    this.user = user;
    this.people = new PersonLookup(directory);
    this.attachments = attachments;
  }

  /** Reads the task of the request: 404 when there is none, 403 when it is someone else's. */
  public void load() {
    view = UiPages.byId("task", views::task);
    if (view != null) {
      writable().forEach(f -> edits.put(f.name(), f.input()));
    }
  }

  /** Approves, with the writable fields as edited, or at the start node submits the record again. */
  public void approve() {
    Optional<Map<String, Object>> values = values();
    if (values.isEmpty()) {
      return;
    }
    TaskCommand command = new TaskCommand(TaskCommand.Kind.APPROVE, actionId, comment(), null, null, false,
        values.get(), signature == null || signature.isBlank() ? null : signature, fileIds());
    String taskId = view.task().id();
    run(() -> approvals.act(taskId, version(), command),
        view.atStart() ? "workflows.ui.done.resubmit" : "workflows.ui.done.approve");
  }

  /** Stores the chosen files for the task; the next action carries them with its comment. */
  public void upload() {
    if (uploads == null) {
      return;
    }
    String taskId = view.task().id();
    for (Part part : uploads) {
      try (InputStream content = part.getInputStream()) {
        files.add(attachments.upload(taskId, part.getSubmittedFileName(), content));
      } catch (BlobRefusedException e) {
        UiPages.message(FacesMessage.SEVERITY_ERROR, e.getMessage());
      } catch (WorkflowsException e) {
        UiPages.message(FacesMessage.SEVERITY_ERROR, e.getMessage(user.locale()));
      } catch (IOException e) {
        UiPages.message(FacesMessage.SEVERITY_ERROR, text("workflows.ui.task.uploadFailed", part.getSubmittedFileName()));
      }
    }
    uploads = null;
  }

  /** The files uploaded on this page, which the next action carries. */
  public List<StoredBlob> getFiles() {
    return files;
  }

  public Collection<Part> getUploads() {
    return uploads;
  }

  public void setUploads(Collection<Part> uploads) {
    this.uploads = uploads;
  }

  private List<String> fileIds() {
    return files.stream().map(StoredBlob::id).toList();
  }

  /** The writable fields the page shows an input box for. */
  public List<ShownField> writable() {
    return view == null ? List.of() : view.instance().fields().stream().filter(ShownField::writable).toList();
  }

  /** The input boxes' texts by field name. */
  public Map<String, String> getEdits() {
    return edits;
  }

  /** The edited values as the record source takes them; empty (with a message) when a number is not one. */
  private Optional<Map<String, Object>> values() {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ShownField field : writable()) {
      String text = edits.get(field.name());
      String typed = text == null || text.isBlank() ? null : text.strip();
      boolean number = field.type() == RecordFieldType.INTEGER || field.type() == RecordFieldType.DECIMAL;
      try {
        values.put(field.name(), number && typed != null ? new BigDecimal(typed) : typed);
      } catch (NumberFormatException e) {
        UiPages.message(FacesMessage.SEVERITY_ERROR, text("workflows.ui.task.notANumber", field.label()));
        return Optional.empty();
      }
    }
    return Optional.of(values);
  }

  /** Rejects. */
  public void reject() {
    act(TaskCommand.Kind.REJECT, null, null, "workflows.ui.done.reject");
  }

  /** Returns the record to the chosen earlier node (none chosen: the previous one). */
  public void returnTo() {
    String node = target == null || target.isBlank() ? null : target;
    act(TaskCommand.Kind.RETURN, node, null, "workflows.ui.done.return");
  }

  /** Hands the task to the person named. */
  public void transfer() {
    chosen().ifPresent(p -> act(TaskCommand.Kind.TRANSFER, null, p.id(), "workflows.ui.done.transfer"));
  }

  /** Delegates the task to the person named, who decides in the caller's seat until the caller takes it back. */
  public void delegate() {
    chosen().ifPresent(p -> act(TaskCommand.Kind.DELEGATE, null, p.id(), "workflows.ui.done.delegate"));
  }

  /** Adds the person named as a signer, before or after the caller. */
  public void addSigner() {
    chosen().ifPresent(p -> act(TaskCommand.Kind.ADD_SIGNER, null, p.id(), "workflows.ui.done.addSigner"));
  }

  /** The submitter takes the record back. */
  public void withdraw() {
    String instanceId = view.instance().instance().id();
    run(() -> approvals.withdraw(instanceId, version(), actionId, comment()), "workflows.ui.done.withdraw");
  }

  private Optional<Person> chosen() {
    Optional<Person> found = people.find(person);
    if (found.isEmpty()) {
      UiPages.message(FacesMessage.SEVERITY_ERROR, text("workflows.ui.task.noSuchPerson", person == null ? "" : person));
    }
    return found;
  }

  private void act(TaskCommand.Kind kind, String node, Long userId, String doneKey) {
    TaskCommand command = new TaskCommand(kind, actionId, comment(), node, userId, before, Map.of(), null,
        fileIds());
    String taskId = view.task().id();
    run(() -> approvals.act(taskId, version(), command), doneKey);
  }

  private void run(Supplier<?> step, String doneKey) {
    try {
      step.get();
      UiPages.message(FacesMessage.SEVERITY_INFO, text(doneKey));
      UiPages.redirect("instance.xhtml", "id", view.instance().instance().id());
    } catch (StaleInstanceException e) {
      conflict = true;
      UiPages.message(FacesMessage.SEVERITY_WARN, text("workflows.ui.task.stale"));
    } catch (WorkflowsException e) {
      // refused in the instance's present state (decided by someone else, ended, not allowed): the engine says why
      UiPages.message(FacesMessage.SEVERITY_ERROR, e.getMessage(user.locale()));
      // the next press is a new action, not a repeat of the refused one
      actionId = UUID.randomUUID().toString();
    } catch (RecordNotFoundException e) {
      UiPages.message(FacesMessage.SEVERITY_ERROR, text("workflows.ui.task.recordGone"));
    }
  }

  private long version() {
    return view.instance().instance().version();
  }

  private String comment() {
    return comment == null || comment.isBlank() ? null : comment.strip();
  }

  private String text(String key, Object... args) {
    return WorkflowsTexts.text(user.locale(), key, args);
  }

  /** The task and its instance; null when the page failed. */
  public TaskView getView() {
    return view;
  }

  /** Whether the task still waits for the caller: only then are the actions shown. */
  public boolean isPending() {
    return view != null && view.task().status() == io.atrium.workflows.engine.TaskStatus.PENDING;
  }

  /** Whether the caller submitted the instance (and may withdraw it). */
  public boolean isSubmitter() {
    return view != null && user.userId().map(id -> id == view.instance().instance().submitterId()).orElse(false);
  }

  /** Whether the last action lost against someone who acted first. */
  public boolean isConflict() {
    return conflict;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getPerson() {
    return person;
  }

  public void setPerson(String person) {
    this.person = person;
  }

  /** The signature pad's drawing as a PNG {@code data:} URL. */
  public String getSignature() {
    return signature;
  }

  public void setSignature(String signature) {
    this.signature = signature;
  }

  /** The signature pad's strokes, which it needs to keep a drawing across a refused action. */
  public String getSignatureLines() {
    return signatureLines;
  }

  public void setSignatureLines(String signatureLines) {
    this.signatureLines = signatureLines;
  }

  public boolean isBefore() {
    return before;
  }

  public void setBefore(boolean before) {
    this.before = before;
  }
}
