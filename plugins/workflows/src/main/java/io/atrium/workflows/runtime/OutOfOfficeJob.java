package io.atrium.workflows.runtime;

import io.atrium.sdk.scheduler.JobContext;
import io.atrium.sdk.scheduler.JobHandler;
import io.atrium.sdk.scheduler.JobName;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Hands a person's open tasks to their stand-in when their period starts ({@link OutOfOfficePeriods}). */
@Component(service = JobHandler.class)
@JobName(OutOfOfficePeriods.JOB)
public class OutOfOfficeJob implements JobHandler {

  private static final Logger LOG = Logger.getLogger(OutOfOfficeJob.class.getName());

  private final OutOfOfficePeriods periods;

  /** Declarative Services injects the service. */
  @Activate
  public OutOfOfficeJob(@Reference OutOfOfficePeriods periods) {
    this.periods = periods;
  }

  @Override
  public void execute(JobContext context) {
    OutOfOfficePeriods.user(context.data()).ifPresentOrElse(periods::handOver,
        () -> LOG.warning(() -> "Dropping out-of-office run " + context.runId() + ": its data names no user"));
  }
}
