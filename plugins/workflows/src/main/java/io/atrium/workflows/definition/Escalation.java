package io.atrium.workflows.definition;

/** What happens to a task that is still pending when its SLA's escalation time has passed. */
public enum Escalation {
  /** The task is approved on the assignee's behalf. */
  AUTO_APPROVE,
  /** The task is rejected on the assignee's behalf. */
  AUTO_REJECT,
  /** The task goes to the assignee's manager (to the admins' attention when there is none). */
  TO_MANAGER,
  /** The task stays; the process's admins are told. */
  NOTIFY_ADMIN
}
