package io.atrium.workflows.runtime;

import io.atrium.sdk.scheduler.JobContext;
import io.atrium.sdk.scheduler.JobHandler;
import io.atrium.sdk.scheduler.JobName;
import java.util.logging.Logger;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Fires an approval timer ({@link ApprovalTimers}) on the platform's scheduler. A run that fails
 * (someone acted at the same moment) is retried by the scheduler and then finds the instance as it is.
 */
@Component(service = JobHandler.class)
@JobName(ApprovalTimers.JOB)
public class ApprovalTimerJob implements JobHandler {

  private static final Logger LOG = Logger.getLogger(ApprovalTimerJob.class.getName());

  private final Approvals approvals;

  /** Declarative Services injects the service. */
  @Activate
  public ApprovalTimerJob(@Reference Approvals approvals) {
    this.approvals = approvals;
  }

  @Override
  public void execute(JobContext context) {
    ApprovalTimers.timer(context.data()).ifPresentOrElse(approvals::fired,
        () -> LOG.warning(() -> "Dropping approval timer " + context.runId() + ": its data is not a timer"));
  }
}
