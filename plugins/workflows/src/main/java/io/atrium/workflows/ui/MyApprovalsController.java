package io.atrium.workflows.ui;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import io.atrium.workflows.runtime.DefinitionCatalog;
import io.atrium.workflows.runtime.MyTasks;
import io.atrium.workflows.runtime.ProcessNames;
import io.atrium.workflows.storage.OpenTask;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code workflows/approvals.xhtml}: the caller's open approval tasks, newest first, one page
 * at a time from the database ({@link MyTasks}); each row opens its task page.
 */
@Component(service = MyApprovalsController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "wfApprovals", scope = ControllerScope.VIEW)
public class MyApprovalsController {

  /** Tasks per page. */
  static final int PAGE_SIZE = 20;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final MyTasks tasks;
  private final ProcessNames names;
  private final Directory directory;
  private final AtriumClock clock;
  private int first;
  private long total;
  private List<Row> rows;

  /**
   * One task in the list.
   *
   * @param taskId the task
   * @param process the process's name
   * @param node the node's name
   * @param record the record
   * @param from the submitter's name
   * @param arrived when the task arrived
   */
  public record Row(String taskId, String process, String node, String record, String from, String arrived) {
  }

  /** Declarative Services injects the parts. */
  @Activate
  public MyApprovalsController(@Reference MyTasks tasks, @Reference DefinitionCatalog catalog,
      @Reference Directory directory, @Reference AtriumClock clock) {
    this.tasks = tasks;
    this.names = new ProcessNames(catalog.source());
    this.directory = directory;
    this.clock = clock;
  }

  /** Reads the page named by {@code ?page=} (from 1) on the first request. */
  public void load() {
    first = Math.max(0, UiPages.number("page", 1) - 1) * PAGE_SIZE;
    rows = null;
  }

  /** The tasks of the current page, read once per page change. */
  public List<Row> getRows() {
    if (rows == null) {
      MyTasks.Page page = tasks.page(first, PAGE_SIZE);
      total = page.total();
      rows = page.tasks().stream().map(this::row).toList();
    }
    return rows;
  }

  private Row row(OpenTask task) {
    return new Row(task.taskId(), names.process(task.definitionKey(), task.definitionVersion()),
        names.node(task.definitionKey(), task.definitionVersion(), task.nodeId()), task.recordRef(),
        directory.person(task.submitterId()).map(Person::displayName).orElse("#" + task.submitterId()),
        TIME.format(task.openedAt().atZone(clock.zone())));
  }

  /** The previous page. */
  public void previous() {
    first = Math.max(0, first - PAGE_SIZE);
    rows = null;
  }

  /** The next page. */
  public void next() {
    getRows();
    if (first + PAGE_SIZE < total) {
      first += PAGE_SIZE;
    }
    rows = null;
  }

  /** All open tasks of the caller. */
  public long getTotal() {
    getRows();
    return total;
  }

  /** The page shown, from 1. */
  public int getPage() {
    return first / PAGE_SIZE + 1;
  }

  /** How many pages there are, at least 1. */
  public long getPages() {
    return Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
  }
}
