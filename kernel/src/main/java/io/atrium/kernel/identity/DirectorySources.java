package io.atrium.kernel.identity;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.kernel.validation.Problems;
import io.atrium.sdk.persistence.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Runs directory syncs: on each source's schedule (called every minute by a kernel job, which
 * runs on one node at a time) and on demand. A source never syncs twice at once, on this node
 * (a lock) or across nodes (a claim in its database row). Every run leaves a report, also when it
 * failed; a failed run changes nothing.
 */
public final class DirectorySources {

  private static final Logger LOG = Logger.getLogger(DirectorySources.class.getName());

  /** Source ids: lower case letters, digits and dashes. */
  public static final Pattern SOURCE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");
  /** The default time between scheduled syncs. */
  public static final int DEFAULT_INTERVAL_MINUTES = 60;
  /** The shortest time between scheduled syncs. */
  public static final int MIN_INTERVAL_MINUTES = 5;
  /** The longest time between scheduled syncs (a week). */
  public static final int MAX_INTERVAL_MINUTES = 7 * 24 * 60;
  /** After this long a claim of a node that died during a sync is taken over. */
  static final Duration STALE_CLAIM = Duration.ofHours(2);
  /** How long run reports are kept. */
  static final Duration KEEP_RUNS = Duration.ofDays(90);
  static final int MAX_STORED_WARNINGS = 200;
  private static final int MAX_LOGGED_WARNINGS = 20;

  /**
   * A source as the admin console shows it.
   *
   * @param id source id
   * @param origin {@code kernel} or the contributing plugin's id; null when it is no longer there
   * @param available whether it can be synced now (configured, or its plugin is running)
   * @param enabled whether the schedule runs it
   * @param intervalMinutes minutes between scheduled runs
   * @param running whether a sync runs right now
   * @param lastRun the newest report, or null
   */
  public record SourceStatus(String id, String origin, boolean available, boolean enabled, int intervalMinutes,
      boolean running, SyncRun lastRun) {
  }

  private final DirectorySourceStore store;
  private final DirectorySync sync;
  private final Supplier<List<SyncSource>> sources;
  private final Transactions transactions;
  private final Clock clock;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
  private final java.util.Set<String> reportedDuplicates = ConcurrentHashMap.newKeySet();

  /**
   * Creates the service.
   *
   * @param sources the sources available right now: the configured built-in ones and the plugins'
   */
  public DirectorySources(DirectorySourceStore store, DirectorySync sync, Supplier<List<SyncSource>> sources,
      Transactions transactions, Clock clock) {
    this.store = store;
    this.sync = sync;
    this.sources = sources;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** The available sources by id; an invalid or second source of one id is left out (and logged once). */
  private Map<String, SyncSource> available() {
    Map<String, SyncSource> byId = new LinkedHashMap<>();
    for (SyncSource source : sources.get()) {
      String id = source.id();
      if (id == null || !SOURCE_ID.matcher(id).matches()) {
        logOnce("invalid:" + source.origin() + ":" + id, "Plugin " + source.origin()
            + " offers a directory source with the invalid id '" + id + "' (lower case letters, digits and dashes, "
            + "at most 40); it is ignored");
      } else if (byId.containsKey(id)) {
        logOnce("duplicate:" + source.origin() + ":" + id, "Plugin " + source.origin() + " offers a directory source '"
            + id + "', which " + byId.get(id).origin() + " offers already; it is ignored");
      } else {
        byId.put(id, source);
      }
    }
    return byId;
  }

  private void logOnce(String key, String text) {
    if (reportedDuplicates.add(key)) {
      LOG.warning(text);
    }
  }

  /** Every source: the available ones and those synced before, by id. */
  public List<SourceStatus> sources() {
    Map<String, SyncSource> available = available();
    Map<String, DirectorySourceStore.SourceRow> rows = new LinkedHashMap<>();
    store.all().forEach(row -> rows.put(row.id(), row));
    java.util.TreeSet<String> ids = new java.util.TreeSet<>(available.keySet());
    ids.addAll(rows.keySet());
    List<SourceStatus> list = new ArrayList<>();
    for (String id : ids) {
      list.add(status(id, available.get(id), rows.get(id)));
    }
    return list;
  }

  /** One source. */
  public SourceStatus source(String id) {
    SyncSource source = available().get(id);
    Optional<DirectorySourceStore.SourceRow> row = store.find(id);
    if (source == null && row.isEmpty()) {
      throw new NotFoundException("notfound.directory.source", id);
    }
    return status(id, source, row.orElse(null));
  }

  private SourceStatus status(String id, SyncSource source, DirectorySourceStore.SourceRow row) {
    boolean enabled = row == null || row.enabled();
    int interval = row == null ? DEFAULT_INTERVAL_MINUTES : row.intervalMinutes();
    boolean running = row != null && row.runningSince() != null
        && row.runningSince().isAfter(clock.instant().minus(STALE_CLAIM));
    return new SourceStatus(id, source == null ? null : source.origin(), source != null, enabled, interval, running,
        store.lastRun(id).orElse(null));
  }

  /** A source's reports, newest first. */
  public List<SyncRun> runs(String id, int limit) {
    source(id);
    return store.runs(id, Math.max(1, Math.min(limit, 500)));
  }

  /** Changes how often a source is synced; a disabled source syncs only on demand. */
  public SourceStatus setSchedule(String id, boolean enabled, int intervalMinutes) {
    new Problems().check(intervalMinutes < MIN_INTERVAL_MINUTES || intervalMinutes > MAX_INTERVAL_MINUTES,
        "intervalMinutes", "validation.directory.interval", MIN_INTERVAL_MINUTES, MAX_INTERVAL_MINUTES).throwIfAny();
    source(id);
    Instant now = clock.instant();
    store.ensure(id, enabled, intervalMinutes, now);
    store.setSchedule(id, enabled, intervalMinutes, now);
    return source(id);
  }

  /**
   * Syncs a source now.
   *
   * @return the report, also of a failed run
   * @throws NotFoundException when no such source is available
   * @throws ConflictException when it is being synced already
   */
  public SyncRun syncNow(String id) {
    SyncSource source = available().get(id);
    if (source == null) {
      throw store.find(id).isPresent() ? new ConflictException("conflict.directory.unavailable", id)
          : new NotFoundException("notfound.directory.source", id);
    }
    return run(source, SyncRun.Trigger.MANUAL);
  }

  /** Syncs every enabled source whose interval has passed; called by the scheduler every minute. */
  public void runDue() {
    for (SyncSource source : available().values()) {
      DirectorySourceStore.SourceRow row = store.find(source.id()).orElse(null);
      if (row != null && !row.enabled()) {
        continue;
      }
      Instant now = clock.instant();
      if (row != null && row.lastRunAt() != null
          && row.lastRunAt().plus(Duration.ofMinutes(row.intervalMinutes())).isAfter(now)) {
        continue;
      }
      try {
        run(source, SyncRun.Trigger.SCHEDULE);
      } catch (ConflictException e) {
        LOG.fine(() -> "Directory source " + source.id() + " is being synced already");
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "The scheduled sync of directory source " + source.id() + " failed", e);
      }
    }
  }

  private SyncRun run(SyncSource source, SyncRun.Trigger trigger) {
    String id = source.id();
    ReentrantLock lock = locks.computeIfAbsent(id, k -> new ReentrantLock());
    if (!lock.tryLock()) {
      throw new ConflictException("conflict.directory.running", id);
    }
    try {
      Instant started = clock.instant();
      boolean claimed = transactions.requiresNew(() -> {
        store.ensure(id, true, DEFAULT_INTERVAL_MINUTES, started);
        return store.claim(id, started, started.minus(STALE_CLAIM));
      });
      if (!claimed) {
        throw new ConflictException("conflict.directory.running", id);
      }
      long begin = System.nanoTime();
      SyncResult result = SyncResult.NOTHING;
      Message error = null;
      try {
        SyncSource.Reading reading;
        try {
          reading = source.read();
        } catch (SourceReadException e) {
          throw new Failure(e.text(), e);
        } catch (Exception e) {
          throw new Failure(Message.of("directory.read.failed", id, describe(e)), e);
        }
        try {
          result = sync.apply(id, reading.snapshot(), reading.roles());
        } catch (InvalidSnapshotException e) {
          throw new Failure(e.text(), e);
        } catch (RuntimeException e) {
          throw new Failure(Message.of("directory.apply.failed", id, describe(e)), e);
        }
      } catch (Failure e) {
        error = e.text;
        LOG.log(Level.WARNING, "Directory sync of '" + id + "' (" + trigger.name().toLowerCase(Locale.ROOT)
            + ") failed; nothing was changed: " + e.text, e.getCause() instanceof SourceReadException
            || e.getCause() instanceof InvalidSnapshotException ? null : e.getCause());
      } finally {
        transactions.requiresNew(() -> {
          store.release(id);
          return null;
        });
      }
      SyncResult stored = capWarnings(result);
      Message failure = error;
      SyncRun run = transactions.requiresNew(() -> {
        SyncRun saved = store.insertRun(new SyncRun(0, id, trigger, started, clock.instant(), failure == null,
            stored, failure));
        store.pruneRuns(id, started.minus(KEEP_RUNS));
        return saved;
      });
      if (error == null) {
        log(run, result, (System.nanoTime() - begin) / 1_000_000);
      }
      return run;
    } finally {
      lock.unlock();
    }
  }

  private static SyncResult capWarnings(SyncResult result) {
    if (result.warnings().size() <= MAX_STORED_WARNINGS) {
      return result;
    }
    List<Message> kept = new ArrayList<>(result.warnings().subList(0, MAX_STORED_WARNINGS));
    kept.add(Message.of("directory.warn.more", result.warnings().size() - MAX_STORED_WARNINGS));
    return new SyncResult(result.peopleCreated(), result.peopleUpdated(), result.peopleLeft(), result.peopleSkipped(),
        result.departmentsCreated(), result.departmentsUpdated(), result.departmentsRemoved(), kept);
  }

  private static void log(SyncRun run, SyncResult result, long millis) {
    LOG.info(() -> String.format("Directory sync of '%s' (%s) done in %d ms: people %d created, %d updated, "
        + "%d left, %d skipped; departments %d created, %d updated, %d removed; %d warning(s)", run.sourceId(),
        run.trigger().name().toLowerCase(Locale.ROOT), millis, result.peopleCreated(), result.peopleUpdated(),
        result.peopleLeft(), result.peopleSkipped(), result.departmentsCreated(), result.departmentsUpdated(),
        result.departmentsRemoved(), result.warnings().size()));
    result.warnings().stream().limit(MAX_LOGGED_WARNINGS).forEach(w -> LOG.info("Directory sync of '"
        + run.sourceId() + "': " + w));
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }

  /** A failed run, with what to tell the administrator. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Message text;

    Failure(Message text, Throwable cause) {
      super(text.toString(), cause);
      this.text = text;
    }
  }
}
