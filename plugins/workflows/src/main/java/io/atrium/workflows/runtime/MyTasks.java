package io.atrium.workflows.runtime;

import io.atrium.workflows.storage.OpenTask;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The signed-in caller's pending approval tasks, for the REST list and the to-do center. */
@Component(service = MyTasks.class)
public class MyTasks {

  /** The largest page. */
  public static final int MAX_LIMIT = 200;

  private final Approvals approvals;
  private final ApprovalEngine parts;

  /** Declarative Services injects the parts. */
  @Activate
  public MyTasks(@Reference Approvals approvals, @Reference ApprovalEngine parts) {
    this.approvals = approvals;
    this.parts = parts;
  }

  /**
   * A page of the caller's pending tasks, newest first, and how many there are.
   *
   * @param tasks the page
   * @param total all pending tasks of the caller
   */
  public record Page(List<OpenTask> tasks, long total) {
  }

  /** A page; {@code limit} is capped at {@link #MAX_LIMIT}. */
  public Page page(int offset, int limit) {
    long caller = approvals.caller();
    int capped = Math.max(1, Math.min(limit, MAX_LIMIT));
    return new Page(parts.tasks().openTasks(caller, Math.max(0, offset), capped), parts.tasks().countOpen(caller));
  }

  /** How many pending tasks the caller has. */
  public long count() {
    return parts.tasks().countOpen(approvals.caller());
  }
}
