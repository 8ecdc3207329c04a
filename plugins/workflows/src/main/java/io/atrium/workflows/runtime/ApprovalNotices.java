package io.atrium.workflows.runtime;

import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.notify.Notifier;
import io.atrium.workflows.engine.EngineEvent;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import java.util.List;
import java.util.Locale;

/**
 * Tells people about approvals through the platform's notifications, in the action's transaction:
 * a task assigned, a CC, an urge, an SLA reminder or escalation, and the result to the submitter. Keys make each one go out once.
 */
final class ApprovalNotices {

  /** Category of a new task. */
  static final String ASSIGNED = "workflows.task.assigned";
  /** Category of an urge. */
  static final String URGED = "workflows.task.urged";
  /** Category of a CC. */
  static final String COPIED = "workflows.instance.cc";
  /** Category of an SLA reminder. */
  static final String REMINDED = "workflows.task.reminded";
  /** Category of an SLA escalation. */
  static final String ESCALATED = "workflows.task.escalated";
  /** Category of the end of an approval. */
  static final String ENDED = "workflows.instance.ended";

  private final Notifier notifier;
  private final ProcessNames names;

  ApprovalNotices(Notifier notifier, ProcessNames names) {
    this.notifier = notifier;
    this.names = names;
  }

  /** Notifications for what an action caused. */
  void after(ProcessInstance instance, List<EngineEvent> events, String recordLabel) {
    String link = RecordLinks.of(RecordRef.parse(instance.recordRef()));
    String process = names.process(instance);
    for (EngineEvent event : events) {
      if (event instanceof EngineEvent.TaskOpened opened) {
        Task task = opened.task();
        notifier.send(Notification.builder(ASSIGNED, "workflows.notify.assigned.title")
            .body("workflows.notify.assigned.body").to(task.assigneeId())
            .args(process, names.node(instance, task.nodeId()), recordLabel).link(link)
            .key("workflows:assigned:" + task.id()).build());
      } else if (event instanceof EngineEvent.CarbonCopied cc && !cc.userIds().isEmpty()) {
        notifier.send(Notification.builder(COPIED, "workflows.notify.cc.title").body("workflows.notify.cc.body")
            .to(cc.userIds()).args(process, names.node(instance, cc.nodeId()), recordLabel).link(link)
            .key("workflows:cc:" + instance.id() + ":" + instance.version() + ":" + cc.nodeId()).build());
      } else if (event instanceof EngineEvent.Reminded reminded && !reminded.userIds().isEmpty()) {
        Task task = reminded.task();
        notifier.send(Notification.builder(REMINDED, "workflows.notify.reminded.title")
            .body("workflows.notify.reminded.body").to(reminded.userIds())
            .args(process, names.node(instance, task.nodeId()), recordLabel).link(link)
            .key("workflows:reminded:" + task.id() + ":" + task.reminders()).build());
      } else if (event instanceof EngineEvent.Escalated escalated && !escalated.userIds().isEmpty()) {
        Task task = escalated.task();
        String how = escalated.escalation().name().toLowerCase(Locale.ROOT);
        notifier.send(Notification.builder(ESCALATED, "workflows.notify.escalated.title")
            .body("workflows.notify.escalated." + how).to(escalated.userIds())
            .args(process, names.node(instance, task.nodeId()), recordLabel).link(link)
            .key("workflows:escalated:" + task.id()).build());
      } else if (event instanceof EngineEvent.Ended ended) {
        String status = ended.status().name().toLowerCase(Locale.ROOT);
        notifier.send(Notification.builder(ENDED, "workflows.notify.ended." + status + ".title")
            .body("workflows.notify.ended.body").to(instance.submitterId()).args(process, recordLabel).link(link)
            .key("workflows:ended:" + instance.id()).build());
      }
    }
  }

  /** Reminds an assignee of a pending task; {@code urgeId} makes it go out once. */
  void urged(ProcessInstance instance, Task task, String recordLabel, String urgedBy, String urgeId) {
    notifier.send(Notification.builder(URGED, "workflows.notify.urged.title").body("workflows.notify.urged.body")
        .to(task.assigneeId()).args(names.process(instance), recordLabel, urgedBy)
        .link(RecordLinks.of(RecordRef.parse(instance.recordRef()))).key("workflows:urged:" + urgeId).build());
  }
}
