package io.atrium.workflows.ui;

import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsTexts;
import io.atrium.workflows.engine.InstanceStatus;
import io.atrium.workflows.engine.StaleInstanceException;
import io.atrium.workflows.engine.TaskRights;
import io.atrium.workflows.runtime.ApprovalUrges;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.TaskCommand;
import jakarta.faces.application.FacesMessage;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code workflows/instance.xhtml?id=<id>}: an instance's timeline, its process diagram with
 * the current position, the record; for the submitter withdraw and urge, for whoever delegated a
 * pending task take it back, for whoever added a pending signer remove them; for those who may see
 * the instance only ({@link InstanceViewers}).
 */
@Component(service = InstanceController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "wfInstance", scope = ControllerScope.VIEW)
public class InstanceController {

  private final ApprovalViews views;
  private final Approvals approvals;
  private final ApprovalUrges urges;
  private final CurrentUser user;
  private InstanceView view;
  private String actionId = UUID.randomUUID().toString();
  private String comment;
  private boolean conflict;

  /** Declarative Services injects the parts. */
  @Activate
  public InstanceController(@Reference ApprovalViews views, @Reference Approvals approvals,
      @Reference ApprovalUrges urges, @Reference CurrentUser user) {
    this.views = views;
    this.approvals = approvals;
    this.urges = urges;
    this.user = user;
  }

  /** Reads the instance of the request: 404 when there is none, 403 when the caller may not see it. */
  public void load() {
    view = UiPages.byId("id", views::instance);
  }

  /** The submitter withdraws the record, with the version the page was read at. */
  public void withdraw() {
    String instanceId = view.instance().id();
    run(() -> approvals.withdraw(instanceId, view.instance().version(), actionId, blankToNull(comment)),
        "workflows.ui.done.withdraw");
  }

  /** Takes back the caller's task that the pending one was delegated from. */
  public void reclaim(String delegateTaskId) {
    String mine = reclaimable().get(delegateTaskId);
    if (mine != null) {
      act(mine, TaskCommand.Kind.RECLAIM, "workflows.ui.done.reclaim");
    }
  }

  /** Removes a pending signer the caller added. */
  public void removeSigner(String signerTaskId) {
    act(signerTaskId, TaskCommand.Kind.REMOVE_SIGNER, "workflows.ui.done.removeSigner");
  }

  /** Whether the caller may take back the task a pending one was delegated from. */
  public boolean mayReclaim(String taskId) {
    return reclaimable().containsKey(taskId);
  }

  /** Whether the caller added this pending signer and may remove them. */
  public boolean mayRemoveSigner(String taskId) {
    return view != null && TaskRights.removableSigners(view.instance(), caller()).contains(taskId);
  }

  private Map<String, String> reclaimable() {
    return view == null ? Map.of() : TaskRights.reclaimable(view.instance(), caller());
  }

  private long caller() {
    return user.userId().orElse(-1L);
  }

  private void act(String taskId, TaskCommand.Kind kind, String doneKey) {
    TaskCommand command = new TaskCommand(kind, actionId, blankToNull(comment), null, null, false);
    run(() -> approvals.act(taskId, view.instance().version(), command), doneKey);
  }

  private void run(Supplier<?> step, String doneKey) {
    try {
      step.get();
      UiPages.message(FacesMessage.SEVERITY_INFO, text(doneKey));
      UiPages.redirect("instance.xhtml", "id", view.instance().id());
    } catch (StaleInstanceException e) {
      conflict = true;
      UiPages.message(FacesMessage.SEVERITY_WARN, text("workflows.ui.task.stale"));
    } catch (WorkflowsException e) {
      UiPages.message(FacesMessage.SEVERITY_ERROR, e.getMessage(user.locale()));
      actionId = UUID.randomUUID().toString();
    }
  }

  /** The submitter urges the assignee of a pending task (rate-limited by {@link ApprovalUrges}). */
  public void urge(String taskId) {
    try {
      urges.urge(taskId);
      UiPages.message(FacesMessage.SEVERITY_INFO, text("workflows.ui.done.urge"));
    } catch (WorkflowsException e) {
      UiPages.message(FacesMessage.SEVERITY_ERROR, e.getMessage(user.locale()));
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private String text(String key) {
    return WorkflowsTexts.text(user.locale(), key);
  }

  /** The instance; null when the page failed. */
  public InstanceView getView() {
    return view;
  }

  /** Whether the caller is the submitter of a running instance: withdraw and urge are theirs. */
  public boolean isSubmitterOfRunning() {
    return view != null && view.instance().status() == InstanceStatus.RUNNING
        && user.userId().map(id -> id == view.instance().submitterId()).orElse(false);
  }

  /** The caller's own pending task in the instance, or null: the page links to it. */
  public String getMyTask() {
    if (view == null) {
      return null;
    }
    return view.instance().pendingTaskOf(caller()).map(t -> t.id()).orElse(null);
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
}
