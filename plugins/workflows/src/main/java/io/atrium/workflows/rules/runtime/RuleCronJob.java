package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.scheduler.JobContext;
import io.atrium.sdk.scheduler.JobHandler;
import io.atrium.sdk.scheduler.JobName;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Runs a cron rule when its schedule falls due; the event id names the due time, so a repeat runs once. */
@Component(service = JobHandler.class)
@JobName(RuleSchedules.CRON_JOB)
public class RuleCronJob implements JobHandler {

  private final RuleService rules;

  /** Declarative Services injects the service. */
  @Activate
  public RuleCronJob(@Reference RuleService rules) {
    this.rules = rules;
  }

  @Override
  public void execute(JobContext context) {
    String rule = context.data().getOrDefault(RuleSchedules.RULE, context.runId());
    rules.scheduled(rule, context.scheduledAt());
  }
}
