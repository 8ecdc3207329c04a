package io.atrium.workflows.runtime;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.notify.Notifier;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.TaskStatus;
import java.time.Duration;
import java.time.Instant;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Urging (催办): the submitter reminds the assignee of a pending task, at most once per {@link #INTERVAL} per task. */
@Component(service = ApprovalUrges.class)
public class ApprovalUrges {

  /** The shortest time between two urges of one task. */
  public static final Duration INTERVAL = Duration.ofMinutes(10);

  private final Approvals approvals;
  private final ApprovalEngine parts;
  private final RecordSources records;
  private final Transactions transactions;
  private final Directory directory;
  private final AtriumClock clock;
  private final ApprovalNotices notices;

  /** Declarative Services injects the parts. */
  @Activate
  public ApprovalUrges(@Reference Approvals approvals, @Reference ApprovalEngine parts,
      @Reference DefinitionCatalog catalog, @Reference RecordSources records, @Reference Transactions transactions,
      @Reference Directory directory, @Reference AtriumClock clock, @Reference Notifier notifier) {
    this.approvals = approvals;
    this.parts = parts;
    this.records = records;
    this.transactions = transactions;
    this.directory = directory;
    this.clock = clock;
    this.notices = new ApprovalNotices(notifier, new ProcessNames(catalog.source()));
  }

  /**
   * Urges a pending task's assignee.
   *
   * @return when the task may be urged next
   * @throws UrgedTooOftenException when it was urged less than {@link #INTERVAL} ago
   */
  public Instant urge(String taskId) {
    long caller = approvals.caller();
    String instanceId = approvals.instanceOf(taskId);
    return transactions.required(() -> {
      ProcessInstance instance = approvals.instance(instanceId);
      if (instance.submitterId() != caller) {
        throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notSubmitter", instanceId));
      }
      Task task = instance.task(taskId).orElseThrow();
      if (task.status() != TaskStatus.PENDING) {
        throw new WorkflowsException(WorkflowsMessage.of("workflows.runtime.notPending", taskId));
      }
      Instant now = clock.now();
      parts.urges().record(taskId, caller, now, INTERVAL).ifPresent(next -> {
        throw new UrgedTooOftenException(taskId, next, Duration.between(now, next));
      });
      RecordRef ref = RecordRef.parse(instance.recordRef());
      String by = directory.person(caller).map(Person::displayName).orElse(String.valueOf(caller));
      notices.urged(instance, task, Approvals.label(ref, records.record(ref)), by, taskId + ":" + now.toEpochMilli());
      return now.plus(INTERVAL);
    });
  }
}
