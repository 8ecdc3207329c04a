package io.atrium.kernel.event.internal;

import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.host.Whiteboard;
import io.atrium.sdk.event.AfterCommitListener;
import io.atrium.sdk.event.Event;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers outbox events to after-commit listeners on a background thread: each delivery in a
 * transaction of its own together with the row that marks it done, retried with doubling delays
 * (1 s … 1 h) and given up after {@value #MAX_ATTEMPTS} attempts. Rows are claimed before use, so
 * several nodes can share the outbox.
 */
final class OutboxDispatcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
  static final int MAX_ATTEMPTS = 15;
  private static final Duration CLAIM = Duration.ofMinutes(2);
  private static final Duration LISTENER_ABSENT_DELAY = Duration.ofSeconds(30);
  private static final long IDLE_POLL_MILLIS = 1000;

  private final OutboxStore outbox;
  private final Whiteboard<AfterCommitListener> listeners;
  private final Transactions transactions;
  private final AtriumClock clock;
  private final java.util.function.Predicate<String> pluginInstalled;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private volatile boolean woken;
  private volatile boolean running;
  private Thread thread;

  OutboxDispatcher(OutboxStore outbox, Whiteboard<AfterCommitListener> listeners, Transactions transactions,
      AtriumClock clock, java.util.function.Predicate<String> pluginInstalled) {
    this.outbox = outbox;
    this.listeners = listeners;
    this.transactions = transactions;
    this.clock = clock;
    this.pluginInstalled = pluginInstalled;
  }

  void start() {
    running = true;
    thread = new Thread(this::loop, "atrium-outbox-dispatcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** Asks for a dispatch round now, e.g. after a commit that added deliveries. */
  void wake() {
    lock.lock();
    try {
      woken = true;
      wake.signalAll();
    } finally {
      lock.unlock();
    }
  }

  @Override
  public void close() {
    running = false;
    wake();
    if (thread != null) {
      try {
        thread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void loop() {
    while (running) {
      int delivered = 0;
      try {
        delivered = dispatchOnce();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Outbox dispatch round failed; retrying", e);
      }
      if (delivered == 0) {
        await();
      }
    }
  }

  private void await() {
    lock.lock();
    try {
      if (!woken && running) {
        wake.await(IDLE_POLL_MILLIS, TimeUnit.MILLISECONDS);
      }
      woken = false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    } finally {
      lock.unlock();
    }
  }

  /** One round; returns how many deliveries were attempted. Visible for tests. */
  int dispatchOnce() {
    Instant now = clock.now();
    List<OutboxStore.Due> due = outbox.due(now, 50);
    int attempted = 0;
    for (OutboxStore.Due delivery : due) {
      if (!running && thread != null) {
        break;
      }
      if (!outbox.claim(delivery, now, now.plus(CLAIM))) {
        continue;
      }
      Optional<Contribution<AfterCommitListener>> listener = listeners.find(delivery.listener());
      if (listener.isEmpty()) {
        String pluginId = delivery.listener().substring(0, Math.max(delivery.listener().indexOf('/'), 0));
        if (!pluginInstalled.test(pluginId)) {
          // the plugin was uninstalled: nobody will ever take this delivery
          outbox.markFailed(delivery, now, "Plugin '" + pluginId + "' is not installed", true);
        } else {
          // the plugin is stopped or its listener was renamed: wait for it
          outbox.postpone(delivery, now.plus(LISTENER_ABSENT_DELAY));
        }
        continue;
      }
      attempted++;
      deliver(delivery, listener.get());
    }
    return attempted;
  }

  private void deliver(OutboxStore.Due delivery, Contribution<AfterCommitListener> listener) {
    try {
      transactions.requiresNew(() -> {
        Event event = outbox.event(delivery.eventId()).orElseThrow(() ->
            new IllegalStateException("Outbox event " + delivery.eventId() + " is missing"));
        listener.service().onEvent(event);
        outbox.markDelivered(delivery, clock.now());
        return null;
      });
    } catch (RuntimeException e) {
      int attempts = delivery.attempts() + 1;
      boolean dead = attempts >= MAX_ATTEMPTS;
      Instant next = clock.now().plus(backoff(attempts));
      String error = e.getCause() != null && e.getMessage() != null && e.getMessage().equals(e.getCause().getMessage())
          ? e.getCause().toString() : e.toString();
      if (dead) {
        LOG.log(Level.SEVERE, "Giving up delivering event " + delivery.eventId() + " to " + listener.qualifiedName()
            + " after " + attempts + " attempts", e);
      } else {
        LOG.log(Level.WARNING, "Delivering event " + delivery.eventId() + " to " + listener.qualifiedName()
            + " failed (attempt " + attempts + "); retrying at " + next, e);
      }
      transactions.requiresNew(() -> {
        outbox.markFailed(delivery, next, error, dead);
        return null;
      });
    }
  }

  /** 1 s, 2 s, 4 s … capped at one hour. */
  static Duration backoff(int attempts) {
    long seconds = 1L << Math.min(Math.max(attempts - 1, 0), 12);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }
}
