package io.atrium.sdk.testkit;

import io.atrium.sdk.scheduler.JobContext;
import io.atrium.sdk.scheduler.JobHandler;
import io.atrium.sdk.scheduler.Schedule;
import io.atrium.sdk.scheduler.Scheduler;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A scheduler that runs jobs only when the test calls {@link #runDue()}, by the test clock. */
public final class TestScheduler implements Scheduler {

  /** A scheduled run. */
  public record Run(String job, String runId, Instant at, Map<String, String> data, Schedule schedule) {
  }

  private final TestClock clock;
  private final Map<String, Run> runs = new ConcurrentHashMap<>();
  private final Map<String, JobHandler> handlers = new ConcurrentHashMap<>();

  TestScheduler(TestClock clock) {
    this.clock = clock;
  }

  /** Registers the handler of a job name, as {@code @JobName} does on the server. */
  public void handler(String job, JobHandler handler) {
    handlers.put(job, handler);
  }

  /** The runs scheduled now. */
  public List<Run> scheduled() {
    return List.copyOf(runs.values());
  }

  /**
   * Runs every run due at the test clock's time; recurring runs are scheduled again.
   *
   * @return how many ran
   */
  public int runDue() throws Exception {
    int ran = 0;
    for (Run run : new ArrayList<>(runs.values())) {
      if (run.at().isAfter(clock.now())) {
        continue;
      }
      JobHandler handler = handlers.get(run.job());
      if (handler == null) {
        throw new IllegalStateException("No handler registered for job " + run.job());
      }
      handler.execute(new JobContext() {
        @Override
        public String job() {
          return run.job();
        }

        @Override
        public String runId() {
          return run.runId();
        }

        @Override
        public Instant scheduledAt() {
          return run.at();
        }

        @Override
        public int failedAttempts() {
          return 0;
        }

        @Override
        public Map<String, String> data() {
          return run.data();
        }
      });
      ran++;
      String key = key(run.job(), run.runId());
      if (run.schedule() == null) {
        runs.remove(key);
      } else if (run.schedule().kind() == Schedule.Kind.INTERVAL) {
        runs.put(key, new Run(run.job(), run.runId(), clock.now().plus(run.schedule().interval()), run.data(),
            run.schedule()));
      } else {
        throw new UnsupportedOperationException("The test kit runs interval schedules; cron runs once");
      }
    }
    return ran;
  }

  @Override
  public void scheduleOnce(String job, String runId, Instant at, Map<String, String> data) {
    checkName("job", job);
    checkName("run id", runId);
    runs.put(key(job, runId), new Run(job, runId, at, Map.copyOf(data), null));
  }

  @Override
  public void scheduleRecurring(String job, String runId, Schedule schedule, Map<String, String> data) {
    checkName("job", job);
    checkName("run id", runId);
    Instant first = schedule.kind() == Schedule.Kind.INTERVAL ? clock.now().plus(schedule.interval()) : clock.now();
    runs.put(key(job, runId), new Run(job, runId, first, Map.copyOf(data), schedule));
  }

  @Override
  public boolean cancel(String job, String runId) {
    return runs.remove(key(job, runId)) != null;
  }

  @Override
  public boolean isScheduled(String job, String runId) {
    return runs.containsKey(key(job, runId));
  }

  private static String key(String job, String runId) {
    return job + "/" + runId;
  }

  /** The host's rule for names, so that a plugin's test fails where the server would refuse. */
  private static void checkName(String what, String value) {
    if (value == null || value.isBlank() || value.length() > 80 || value.contains("/")) {
      throw new IllegalArgumentException("A " + what + " has 1 to 80 characters and no '/': " + value);
    }
  }
}
