package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.scheduler.JobContext;
import io.atrium.sdk.scheduler.JobHandler;
import io.atrium.sdk.scheduler.JobName;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The relative-date sweep ({@link DateSweep}) on the platform's scheduler. */
@Component(service = JobHandler.class)
@JobName(RuleSchedules.DATES_JOB)
public class RuleDatesJob implements JobHandler {

  private final RuleService rules;

  /** Declarative Services injects the service. */
  @Activate
  public RuleDatesJob(@Reference RuleService rules) {
    this.rules = rules;
  }

  @Override
  public void execute(JobContext context) {
    rules.sweepDates();
  }
}
