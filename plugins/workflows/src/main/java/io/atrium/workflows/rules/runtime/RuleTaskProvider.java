package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.portal.BulkResult;
import io.atrium.sdk.portal.Task;
import io.atrium.sdk.portal.TaskAction;
import io.atrium.sdk.portal.TaskBox;
import io.atrium.sdk.portal.TaskPage;
import io.atrium.sdk.portal.TaskProvider;
import io.atrium.sdk.portal.TaskQuery;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsTexts;
import io.atrium.workflows.runtime.RecordLinks;
import io.atrium.workflows.runtime.RecordRef;
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
 * The to-dos automation rules create (e.g. 复购提醒), in the unified to-do center: the caller's open
 * ones with their due time, linked to the record; "done" closes several at once.
 */
@Component(service = TaskProvider.class)
public class RuleTaskProvider implements TaskProvider {

  /** The bulk action that closes to-dos. */
  static final String DONE = "done";
  /** The most to-dos searched for words and dates. */
  static final int WINDOW = 500;

  private final RuleService rules;
  private final CurrentUser user;
  private final AtriumClock clock;

  /** Declarative Services injects the parts. */
  @Activate
  public RuleTaskProvider(@Reference RuleService rules, @Reference CurrentUser user, @Reference AtriumClock clock) {
    this.rules = rules;
    this.user = user;
    this.clock = clock;
  }

  @Override
  public String id() {
    return "rule-todos";
  }

  @Override
  public String labelKey() {
    return "workflows.rules.todos.provider";
  }

  @Override
  public TaskPage tasks(TaskQuery query) {
    Optional<Long> me = user.userId();
    if (query.box() != TaskBox.TODO || me.isEmpty()) {
      return new TaskPage(List.of(), 0);
    }
    String status = WorkflowsTexts.text(user.locale(), "workflows.rules.todos.open");
    List<Task> matching = rules.todos().open(me.get(), WINDOW).stream().map(t -> task(t, status))
        .filter(t -> matches(t, query)).toList();
    int from = Math.min(query.offset(), matching.size());
    int to = Math.min(matching.size(), from + query.limit());
    return new TaskPage(matching.subList(from, to), matching.size());
  }

  @Override
  public long count(TaskBox box) {
    return box == TaskBox.TODO && user.userId().isPresent() ? rules.todos().openCount(user.userId().get()) : 0;
  }

  @Override
  public List<TaskAction> bulkActions() {
    return List.of(new TaskAction(DONE, "workflows.rules.todos.done", false));
  }

  @Override
  public BulkResult perform(String actionId, List<String> taskIds, String comment) {
    if (!DONE.equals(actionId)) {
      throw new IllegalArgumentException("No bulk action " + actionId);
    }
    long me = user.userId().orElseThrow(() -> new IllegalArgumentException("Sign in first"));
    List<String> done = new ArrayList<>();
    Map<String, String> failed = new LinkedHashMap<>();
    for (String id : taskIds) {
      Optional<RuleTodo> todo = parse(id).flatMap(rules.todos()::find).filter(t -> t.assigneeId() == me);
      if (todo.isEmpty()) {
        failed.put(id, WorkflowsTexts.text(user.locale(), "workflows.rules.todos.notYours"));
      } else {
        rules.todos().done(todo.get().id(), clock.now());
        done.add(id);
      }
    }
    return new BulkResult(done, failed);
  }

  private static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Task task(RuleTodo todo, String status) {
    String link = todo.recordRef() == null ? "/todo.xhtml" : RecordLinks.of(RecordRef.parse(todo.recordRef()));
    return new Task(Long.toString(todo.id()), todo.title(), todo.recordRef() == null ? "" : todo.recordRef(), link,
        "", status, todo.createdAt(), todo.dueAt());
  }

  private static boolean matches(Task task, TaskQuery query) {
    if (!query.text().isEmpty()) {
      String words = query.text().toLowerCase(Locale.ROOT);
      if (!task.title().toLowerCase(Locale.ROOT).contains(words)
          && !task.summary().toLowerCase(Locale.ROOT).contains(words)) {
        return false;
      }
    }
    return (query.from() == null || !task.createdAt().isBefore(query.from()))
        && (query.to() == null || !task.createdAt().isAfter(query.to()));
  }
}
