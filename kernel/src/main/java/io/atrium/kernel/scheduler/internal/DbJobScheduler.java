package io.atrium.kernel.scheduler.internal;

import com.github.kagkarlsson.scheduler.SchedulerBuilder;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.host.Whiteboard;
import io.atrium.kernel.scheduler.JobScheduler;
import io.atrium.sdk.scheduler.JobContext;
import io.atrium.sdk.scheduler.JobHandler;
import io.atrium.sdk.scheduler.JobName;
import io.atrium.sdk.scheduler.Schedule;
import io.atrium.sdk.scheduler.Scheduler;
import io.atrium.sdk.time.AtriumClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * {@link JobScheduler} on db-scheduler: one table, each run claimed with optimistic locking so it
 * fires once across nodes, due runs picked up at start. All plugin jobs share one task type whose
 * data names the plugin, job and schedule.
 */
public final class DbJobScheduler implements JobScheduler {

  private static final Logger LOG = Logger.getLogger(DbJobScheduler.class.getName());
  static final String TASK = "atrium-job";
  static final int MAX_ONE_SHOT_ATTEMPTS = 10;
  private static final Duration HANDLER_ABSENT_DELAY = Duration.ofSeconds(30);

  /** A recurring housekeeping job of the kernel itself. */
  public record KernelJob(String name, Duration interval, Runnable work) {
  }

  private final Whiteboard<JobHandler> handlers;
  private final java.util.function.Predicate<String> pluginInstalled;
  private final AtriumClock clock;
  private final CustomTask<JobData> task;
  private final com.github.kagkarlsson.scheduler.Scheduler scheduler;

  /** Creates the scheduler; {@link #start()} sets it running. */
  public DbJobScheduler(DataSource dataSource, Whiteboard<JobHandler> handlers,
      java.util.function.Predicate<String> pluginInstalled, AtriumClock clock, List<KernelJob> kernelJobs) {
    this.handlers = handlers;
    this.pluginInstalled = pluginInstalled;
    this.clock = clock;
    this.task = Tasks.custom(TASK, JobData.class)
        .onFailure(this::onFailure)
        .execute(this::execute);
    List<RecurringTask<Void>> housekeeping = new ArrayList<>();
    for (KernelJob job : kernelJobs) {
      housekeeping.add(Tasks.recurring("atrium-kernel-" + job.name(), Schedules.fixedDelay(job.interval()))
          .execute((instance, context) -> job.work().run()));
    }
    // start tasks register themselves; only the plugin task is listed as known
    List<Task<?>> known = List.of(task);
    SchedulerBuilder builder = new SchedulerBuilder(dataSource, known) {
      {
        this.clock = DbJobScheduler.this.clock::now;
      }
    };
    this.scheduler = builder
        .tableName("atrium_scheduled_tasks")
        .serializer(new JobDataSerializer())
        .threads(4)
        .pollingInterval(Duration.ofSeconds(1))
        .heartbeatInterval(Duration.ofSeconds(30))
        .alwaysPersistTimestampInUTC()
        .enableImmediateExecution()
        .startTasks(housekeeping)
        .build();
  }

  /**
   * Starts picking up runs. Called once the plugins have started, so runs that fell due while the
   * server was down find their handlers.
   */
  public void start() {
    scheduler.start();
  }

  /**
   * Polls for due runs now. The library measures its poll interval on the platform clock, so a
   * clock moved back would otherwise hold the next poll for as long as it moved.
   */
  public void clockMoved() {
    scheduler.triggerCheckForDueExecutions();
  }

  @Override
  public Scheduler schedulerFor(String pluginId) {
    return new PluginScheduler(pluginId);
  }

  @Override
  public void close() {
    scheduler.stop();
  }

  private CompletionHandler<JobData> execute(TaskInstance<JobData> instance, ExecutionContext context) {
    JobData data = instance.getData();
    Optional<Contribution<JobHandler>> handler = handlers.matching(c -> c.pluginId().equals(data.plugin())
        && c.stringsOf(JobName.PROPERTY).contains(data.job())).stream().findFirst();
    if (handler.isEmpty()) {
      if (!pluginInstalled.test(data.plugin())) {
        LOG.warning(() -> "Dropping job run " + data.instanceId() + ": plugin '" + data.plugin()
            + "' is not installed");
        return (complete, operations) -> operations.remove();
      }
      // the plugin is stopped: keep the run and look again later
      return (complete, operations) -> operations.reschedule(complete, clock.now().plus(HANDLER_ABSENT_DELAY));
    }
    Instant scheduledAt = context.getExecution().executionTime;
    int failures = context.getExecution().consecutiveFailures;
    try {
      handler.get().service().execute(new RunContext(data, scheduledAt, failures));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new JobFailedException(data, e);
    }
    if (data.schedule() == null) {
      return (complete, operations) -> operations.remove();
    }
    return (complete, operations) -> operations.reschedule(complete, next(data.schedule(), complete));
  }

  private void onFailure(ExecutionComplete complete, ExecutionOperations<JobData> operations) {
    JobData data = (JobData) complete.getExecution().taskInstance.getData();
    int failures = complete.getExecution().consecutiveFailures + 1;
    Throwable cause = complete.getCause().orElse(null);
    if (data.schedule() != null) {
      Instant next = next(data.schedule(), complete);
      LOG.log(Level.WARNING, "Job " + data.instanceId() + " failed; next run at " + next, cause);
      operations.reschedule(complete, next);
    } else if (failures >= MAX_ONE_SHOT_ATTEMPTS) {
      LOG.log(Level.SEVERE, "Job " + data.instanceId() + " failed " + failures + " times; giving up", cause);
      operations.remove();
    } else {
      Instant next = clock.now().plus(Duration.ofSeconds(Math.min(3600, 5L << Math.min(failures, 10))));
      LOG.log(Level.WARNING, "Job " + data.instanceId() + " failed (attempt " + failures + "); retrying at " + next,
          cause);
      operations.reschedule(complete, next);
    }
  }

  private Instant next(Schedule schedule, ExecutionComplete complete) {
    com.github.kagkarlsson.scheduler.task.schedule.Schedule dbSchedule = schedule.kind() == Schedule.Kind.INTERVAL
        ? Schedules.fixedDelay(schedule.interval())
        : Schedules.cron(schedule.cron(), schedule.zone());
    return dbSchedule.getNextExecutionTime(complete);
  }

  private Instant first(Schedule schedule) {
    Instant now = clock.now();
    return schedule.kind() == Schedule.Kind.INTERVAL ? now.plus(schedule.interval())
        : Schedules.cron(schedule.cron(), schedule.zone()).getInitialExecutionTime(now);
  }

  /** A plugin's view of the scheduler. */
  private final class PluginScheduler implements Scheduler {
    private final String pluginId;

    PluginScheduler(String pluginId) {
      this.pluginId = pluginId;
    }

    @Override
    public void scheduleOnce(String job, String runId, Instant at, Map<String, String> data) {
      put(new JobData(pluginId, checkName("job", job), checkName("run id", runId), Map.copyOf(data), null), at);
    }

    @Override
    public void scheduleRecurring(String job, String runId, Schedule schedule, Map<String, String> data) {
      JobData jobData = new JobData(pluginId, checkName("job", job), checkName("run id", runId), Map.copyOf(data),
          schedule);
      put(jobData, first(schedule));
    }

    @Override
    public boolean cancel(String job, String runId) {
      TaskInstance<JobData> instance = task.instance(pluginId + "/" + job + "/" + runId);
      if (scheduler.getScheduledExecution(instance).isEmpty()) {
        return false;
      }
      scheduler.cancel(instance);
      return true;
    }

    @Override
    public boolean isScheduled(String job, String runId) {
      return scheduler.getScheduledExecution(task.instance(pluginId + "/" + job + "/" + runId)).isPresent();
    }

    private void put(JobData data, Instant at) {
      TaskInstance<JobData> instance = task.instance(data.instanceId(), data);
      if (scheduler.getScheduledExecution(instance).isPresent()) {
        scheduler.reschedule(instance, at, data);
      } else {
        scheduler.schedule(instance, at);
      }
    }

    private String checkName(String what, String value) {
      if (value == null || value.isBlank() || value.length() > 80 || value.contains("/")) {
        throw new IllegalArgumentException("A " + what + " has 1 to 80 characters and no '/': " + value);
      }
      return value;
    }
  }

  private record RunContext(JobData jobData, Instant scheduledAt, int failedAttempts) implements JobContext {
    @Override
    public String job() {
      return jobData.job();
    }

    @Override
    public String runId() {
      return jobData.runId();
    }

    @Override
    public Map<String, String> data() {
      return jobData.data();
    }
  }

  /** A job handler threw a checked exception. */
  static final class JobFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JobFailedException(JobData data, Exception cause) {
      super("Job " + data.instanceId() + " failed: " + cause.getMessage(), cause);
    }
  }
}
