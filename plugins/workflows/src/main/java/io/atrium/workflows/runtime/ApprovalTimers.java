package io.atrium.workflows.runtime;

import io.atrium.sdk.scheduler.Scheduler;
import io.atrium.workflows.engine.DueTimer;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts an instance's timers (delay wake-ups, SLA reminders and escalations) on the platform's
 * scheduler after every step, in the step's transaction: a step and its timers commit together, and
 * the scheduler keeps them across restarts and fires each once in the cluster. A timer that no
 * longer applies when it fires changes nothing (the engine's timer methods are idempotent).
 */
@Component(service = ApprovalTimers.class)
public class ApprovalTimers {

  /** The job of approval timers; its run id is {@link DueTimer#runId()}. */
  public static final String JOB = "approval-timer";

  private static final String KIND = "kind";
  private static final String INSTANCE = "instance";
  private static final String TASK = "task";
  private static final String TOKEN = "token";
  private static final String VISIT = "visit";
  private static final String FIRING = "firing";

  private final Scheduler scheduler;
  private final ApprovalEngine parts;

  /** Declarative Services injects the parts. */
  @Activate
  public ApprovalTimers(@Reference Scheduler scheduler, @Reference ApprovalEngine parts) {
    this.scheduler = scheduler;
    this.parts = parts;
  }

  /** Schedules the timers the instance needs now; one already scheduled stays as it is. */
  void plan(String instanceId) {
    for (DueTimer timer : parts.engine().dueTimers(instanceId)) {
      if (!scheduler.isScheduled(JOB, timer.runId())) {
        scheduler.scheduleOnce(JOB, timer.runId(), timer.dueAt(), data(timer));
      }
    }
  }

  /** The timer a job run carries, if its data is one. */
  static Optional<DueTimer> timer(Map<String, String> data) {
    try {
      DueTimer.Kind kind = DueTimer.Kind.valueOf(data.get(KIND));
      return Optional.of(new DueTimer(kind, data.get(INSTANCE), data.get(TASK), data.get(TOKEN),
          Integer.parseInt(data.getOrDefault(VISIT, "0")), Integer.parseInt(data.getOrDefault(FIRING, "0")), null));
    } catch (IllegalArgumentException | NullPointerException e) {
      return Optional.empty();
    }
  }

  private static Map<String, String> data(DueTimer timer) {
    Map<String, String> data = new HashMap<>();
    data.put(KIND, timer.kind().name());
    data.put(INSTANCE, timer.instanceId());
    if (timer.taskId() != null) {
      data.put(TASK, timer.taskId());
    }
    if (timer.tokenId() != null) {
      data.put(TOKEN, timer.tokenId());
    }
    data.put(VISIT, Integer.toString(timer.visit()));
    data.put(FIRING, Integer.toString(timer.firing()));
    return data;
  }
}
