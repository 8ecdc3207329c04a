package io.atrium.forms.internal;

import io.atrium.forms.internal.search.IndexHit;
import io.atrium.forms.internal.search.RecordIndex;
import io.atrium.forms.storage.RecordChanges;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.plugin.PluginFolder;
import io.atrium.sdk.time.AtriumClock;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.search.Query;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * This node's records search index (decision 52), in the forms bundle's data area. A background
 * thread opens it, builds it from the tables when it is new or was damaged, then applies the change
 * log every {@link #POLL}; it prunes entries older than {@link #RETENTION} once an hour. Until the
 * index is ready, {@link #ready()} is false and the search scans the tables instead.
 */
@Component(service = RecordSearchIndex.class, immediate = true)
public class RecordSearchIndex {

  private static final Logger LOG = Logger.getLogger(RecordSearchIndex.class.getName());

  /** How often the change log is read. */
  static final Duration POLL = Duration.ofSeconds(1);
  /** How long change-log entries are kept. */
  static final Duration RETENTION = Duration.ofDays(7);
  /** How long a search waits for the background thread before answering from the index as it is. */
  static final Duration CATCH_UP_WAIT = Duration.ofMillis(50);

  private static final Duration PRUNE_EVERY = Duration.ofHours(1);

  private final Path folder;
  private final PublishedForms forms;
  private final RecordStore store;
  private final RecordChanges changes;
  private final Transactions transactions;
  private final AtriumClock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private final ScheduledExecutorService poller;
  private volatile RecordIndex index;
  private IndexFeed feed;
  private Instant pruned = Instant.MIN;
  private boolean failing;
  private volatile boolean closing;

  /** Declarative Services starts the index in the plugin's node folder, where it outlives restarts. */
  @Activate
  public RecordSearchIndex(@Reference PluginFolder folder, @Reference PublishedForms forms,
      @Reference RecordStore store, @Reference RecordChanges changes, @Reference Transactions transactions,
      @Reference AtriumClock clock) {
    this(folder.path().resolve("search-index"), forms, store, changes, transactions, clock, true);
  }

  /** An index in the folder; {@code background} starts the thread, else {@link #step} is called by the test. */
  RecordSearchIndex(Path folder, PublishedForms forms, RecordStore store, RecordChanges changes,
      Transactions transactions, AtriumClock clock, boolean background) {
    this.folder = folder;
    this.forms = forms;
    this.store = store;
    this.changes = changes;
    this.transactions = transactions;
    this.clock = clock;
    this.poller = background ? Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "forms-search-index");
      thread.setDaemon(true);
      return thread;
    }) : null;
    if (poller != null) {
      poller.scheduleWithFixedDelay(this::stepQuietly, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Whether the index is built and can answer searches. */
  boolean ready() {
    RecordIndex current = index;
    return current != null && current.ready();
  }

  /**
   * Applies what the change log has gained since the last poll, unless the background thread is
   * busy for longer than {@link #CATCH_UP_WAIT} or there is more than a search should wait for
   * ({@link IndexFeed#pollQuickly}): a search then sees the changes a second later.
   */
  void catchUp() {
    try {
      if (!lock.tryLock(CATCH_UP_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      if (ready()) {
        feed.pollQuickly();
      }
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "Catching up with the records' change log failed; the search uses the index as it is", e);
    } finally {
      lock.unlock();
    }
  }

  /** The records matching the query, best first; empty when the index is not ready. */
  List<IndexHit> search(Query query, int limit) throws IOException {
    RecordIndex current = index;
    return current != null && current.ready() ? current.search(query, limit) : List.of();
  }

  /** One round of the background work: open, build or poll, then prune and commit now and then. */
  void step() throws IOException {
    lock.lock();
    try {
      if (index == null) {
        index = RecordIndex.open(folder);
        feed = new IndexFeed(index, forms, store, changes, transactions, clock, () -> closing);
        if (index.ready() && index.cursor() > changes.last()) {
          // the database is older than the index: a backup was restored, or another database configured
          LOG.info(() -> "The records search index in " + folder + " has applied change " + index.cursor()
              + " but the database's change log ends at " + changes.last() + "; it is built again");
          index.startBuilding();
        }
      }
      if (!index.ready()) {
        feed.build();
      }
      // a backlog (an import, a node that was busy building) is worked off in full rounds
      while (feed.poll() >= IndexFeed.BATCH && !closing) {
        index.commit();
      }
      index.commit();
      Instant now = clock.now();
      if (pruned.plus(PRUNE_EVERY).isBefore(now)) {
        pruned = now;
        int removed = feed.prune(RETENTION);
        LOG.fine(() -> removed + " entries older than " + RETENTION.toDays() + " days left the records' change log");
      }
    } finally {
      lock.unlock();
    }
  }

  private void stepQuietly() {
    if (closing) {
      return;
    }
    try {
      step();
      if (failing) {
        failing = false;
        LOG.info("The records search index works again");
      }
    } catch (IOException | RuntimeException e) {
      if (!failing) {
        failing = true;
        LOG.log(Level.WARNING, "The records search index in " + folder + " failed; it is opened again and, if "
            + "need be, built again. The search scans the tables meanwhile", e);
      }
      reopen();
    }
  }

  /** Drops the index after a failure; the next step opens it again (and builds it when it is damaged). */
  private void reopen() {
    lock.lock();
    try {
      if (index != null) {
        try {
          index.close();
        } catch (IOException | RuntimeException e) {
          LOG.log(Level.FINE, "Closing the failed records search index failed", e);
        }
      }
      index = null;
      feed = null;
    } finally {
      lock.unlock();
    }
  }

  /** The feed, for tests. */
  IndexFeed feed() {
    return feed;
  }

  /** Stops the thread and closes the index, committing what was applied. */
  @Deactivate
  void close() {
    closing = true;
    if (poller != null) {
      // not interrupted: an interrupt in the middle of a file operation would break the index
      poller.shutdown();
      try {
        poller.awaitTermination(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    lock.lock();
    try {
      if (index != null) {
        index.close();
      }
    } catch (IOException e) {
      LOG.log(Level.WARNING, "Closing the records search index failed; it is built again at the next start", e);
    } finally {
      index = null;
      lock.unlock();
    }
  }
}
