package io.atrium.workflows.runtime;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.portal.BulkResult;
import io.atrium.sdk.portal.Task;
import io.atrium.sdk.portal.TaskAction;
import io.atrium.sdk.portal.TaskBox;
import io.atrium.sdk.portal.TaskPage;
import io.atrium.sdk.portal.TaskProvider;
import io.atrium.sdk.portal.TaskQuery;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.workflows.WorkflowsTexts;
import io.atrium.workflows.storage.OpenTask;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Approval tasks in the unified to-do center (待办): the caller's pending tasks, titled by process
 * and node, linked to the task page. Without words or dates the database pages; with them the newest
 * {@link #WINDOW} tasks are searched. Several selected tasks can be approved at once. The other tabs
 * are not fed yet.
 */
@Component(service = TaskProvider.class)
public class ApprovalTaskProvider implements TaskProvider {

  /** The most tasks searched for words and dates: a to-do list longer than this is filtered in its newest part. */
  static final int WINDOW = MyTasks.MAX_LIMIT;
  /** The bulk action that approves. */
  static final String APPROVE = "approve";

  private final MyTasks tasks;
  private final ProcessNames names;
  private final Directory directory;
  private final CurrentUser user;
  private final BulkApprovals bulk;

  /** Declarative Services injects the parts. */
  @Activate
  public ApprovalTaskProvider(@Reference MyTasks tasks, @Reference DefinitionCatalog catalog,
      @Reference Directory directory, @Reference CurrentUser user, @Reference Approvals approvals) {
    this.tasks = tasks;
    this.names = new ProcessNames(catalog.source());
    this.directory = directory;
    this.user = user;
    this.bulk = new BulkApprovals(approvals);
  }

  @Override
  public String id() {
    return "approvals";
  }

  @Override
  public String labelKey() {
    return "workflows.tasks.provider";
  }

  @Override
  public TaskPage tasks(TaskQuery query) {
    if (query.box() != TaskBox.TODO || user.userId().isEmpty()) {
      return new TaskPage(List.of(), 0);
    }
    String status = WorkflowsTexts.text(user.locale(), "workflows.tasks.pending");
    if (unfiltered(query)) {
      // the database pages and counts: a long to-do list costs one page of rows, not the window
      if (query.limit() == 0) {
        return new TaskPage(List.of(), tasks.count());
      }
      MyTasks.Page page = tasks.page(query.offset(), Math.min(query.limit(), WINDOW));
      return new TaskPage(page.tasks().stream().map(t -> task(t, status)).toList(), page.total());
    }
    List<Task> matching = tasks.page(0, WINDOW).tasks().stream().map(t -> task(t, status))
        .filter(t -> matches(t, query)).toList();
    int from = Math.min(query.offset(), matching.size());
    int to = Math.min(matching.size(), from + query.limit());
    return new TaskPage(matching.subList(from, to), matching.size());
  }

  @Override
  public long count(TaskBox box) {
    return box == TaskBox.TODO && user.userId().isPresent() ? tasks.count() : 0;
  }

  @Override
  public List<TaskAction> bulkActions() {
    return List.of(new TaskAction(APPROVE, "workflows.tasks.bulkApprove", false));
  }

  @Override
  public BulkResult perform(String actionId, List<String> taskIds, String comment) {
    if (!APPROVE.equals(actionId)) {
      throw new IllegalArgumentException("No bulk action " + actionId);
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    return bulk.approve(taskIds, text, user.locale());
  }

  private Task task(OpenTask open, String status) {
    String process = names.process(open.definitionKey(), open.definitionVersion());
    String node = names.node(open.definitionKey(), open.definitionVersion(), open.nodeId());
    String from = directory.person(open.submitterId()).map(Person::displayName).orElse("");
    // the task page (workflows/task.xhtml) shows the record with the actions
    return new Task(open.taskId(), process + " · " + node, open.recordRef(), "/workflows/task.xhtml?task="
        + URLEncoder.encode(open.taskId(), StandardCharsets.UTF_8), from, status, open.openedAt(), null);
  }

  private static boolean unfiltered(TaskQuery query) {
    return query.text().isEmpty() && query.from() == null && query.to() == null;
  }

  private static boolean matches(Task task, TaskQuery query) {
    if (!query.text().isEmpty()) {
      String words = query.text().toLowerCase(Locale.ROOT);
      if (!task.title().toLowerCase(Locale.ROOT).contains(words) && !task.summary().toLowerCase(Locale.ROOT)
          .contains(words) && !task.from().toLowerCase(Locale.ROOT).contains(words)) {
        return false;
      }
    }
    return (query.from() == null || !task.createdAt().isBefore(query.from()))
        && (query.to() == null || !task.createdAt().isAfter(query.to()));
  }
}
