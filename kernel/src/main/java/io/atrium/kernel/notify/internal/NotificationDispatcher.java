package io.atrium.kernel.notify.internal;

import io.atrium.kernel.notify.BuiltInChannel;
import io.atrium.kernel.notify.DeliverySkippedException;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.notify.Delivery;
import io.atrium.sdk.time.AtriumClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Delivers pending channel deliveries on a background thread after the sending transaction
 * committed. Each row is claimed before use, so several nodes can share the table and none delivers
 * it twice while the claim holds; a failure is retried after 15 s, 30 s, 1 min … (at most 1 h) and
 * given up after {@value #MAX_ATTEMPTS} attempts with the error kept.
 */
public final class NotificationDispatcher implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class.getName());
  /** Attempts before a delivery is given up. */
  public static final int MAX_ATTEMPTS = 10;
  /** How long a node holds a claimed delivery; longer than any channel's own time-outs. */
  static final Duration CLAIM = Duration.ofMinutes(5);
  /** When a channel's plugin is stopped, look again after this long. */
  static final Duration CHANNEL_ABSENT_DELAY = Duration.ofSeconds(30);
  private static final long IDLE_POLL_MILLIS = 1000;
  private static final int BATCH = 20;

  private final NotificationStore store;
  private final NotificationChannels channels;
  private final Function<Long, Optional<Person>> people;
  private final UnaryOperator<String> absoluteLink;
  private final AtriumClock clock;
  private final Predicate<String> pluginInstalled;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition wake = lock.newCondition();
  private volatile boolean woken;
  private volatile boolean running;
  private Thread thread;

  /**
   * Creates the dispatcher; {@link #start()} starts its thread.
   *
   * @param people a person by user id, as they are now
   * @param absoluteLink turns a path of this server into a URL, or null when no base URL is known
   * @param pluginInstalled whether a plugin is installed; deliveries to channels of plugins that are
   *     gone are given up instead of waiting forever
   */
  public NotificationDispatcher(NotificationStore store, NotificationChannels channels,
      Function<Long, Optional<Person>> people, UnaryOperator<String> absoluteLink, AtriumClock clock,
      Predicate<String> pluginInstalled) {
    this.store = store;
    this.channels = channels;
    this.people = people;
    this.absoluteLink = absoluteLink;
    this.clock = clock;
    this.pluginInstalled = pluginInstalled;
  }

  /** Starts the background thread. */
  public void start() {
    running = true;
    thread = new Thread(this::loop, "atrium-notification-dispatcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** Asks for a round now, e.g. after a commit that added deliveries. */
  public void wake() {
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
      int attempted = 0;
      try {
        attempted = dispatchOnce();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Notification dispatch round failed; retrying", e);
      }
      if (attempted == 0) {
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

  /** One round over the due deliveries; returns how many were handed to a channel. Visible for tests. */
  public int dispatchOnce() {
    Instant now = clock.now();
    List<NotificationStore.Due> due = store.due(now, BATCH);
    int attempted = 0;
    for (NotificationStore.Due delivery : due) {
      if (!running && thread != null) {
        break;
      }
      if (!store.claim(delivery, now, now.plus(CLAIM))) {
        continue;
      }
      if (handle(delivery)) {
        attempted++;
      }
    }
    return attempted;
  }

  /** Handles one claimed delivery; true when the channel was called. */
  private boolean handle(NotificationStore.Due due) {
    Optional<NotificationChannels.Ref> channel = channels.find(due.channel());
    if (channel.isEmpty()) {
      if (!NotificationTexts.KERNEL.equals(due.provider()) && !pluginInstalled.test(due.provider())) {
        store.markFailed(due, clock.now(), "The channel '" + due.channel() + "' is gone: its plugin '" + due.provider()
            + "' is not installed", true);
      } else {
        // the channel's plugin is stopped for now: wait for it without counting an attempt
        store.postpone(due, clock.now().plus(CHANNEL_ABSENT_DELAY));
      }
      return false;
    }
    Optional<BuiltInChannel> builtIn = channel.get().builtIn();
    Optional<String> unavailable = builtIn.flatMap(BuiltInChannel::unavailable).map(Object::toString);
    if (unavailable.isPresent()) {
      store.markSkipped(due, unavailable.get());
      return false;
    }
    Optional<NotificationStore.Stored> notification = store.notification(due.notificationId());
    Optional<Person> person = people.apply(due.recipientId());
    if (notification.isEmpty() || person.isEmpty()) {
      store.markSkipped(due, "The notification or its recipient no longer exists");
      return false;
    }
    if (!person.get().active()) {
      store.markSkipped(due, "The recipient " + person.get().username() + " is not active");
      return false;
    }
    Delivery delivery = delivery(due, notification.get(), person.get());
    try {
      channel.get().channel().deliver(delivery);
      store.markDelivered(due, clock.now());
    } catch (DeliverySkippedException e) {
      store.markSkipped(due, e.getMessage());
    } catch (Exception | LinkageError e) {
      failed(due, e);
    }
    return true;
  }

  private Delivery delivery(NotificationStore.Due due, NotificationStore.Stored stored, Person person) {
    String link = stored.item().link() == null ? null : absoluteLink.apply(stored.item().link());
    return new Delivery(String.valueOf(due.id()), person, Locale.forLanguageTag(stored.locale()),
        stored.item().category(), stored.item().title(), stored.item().body() == null ? "" : stored.item().body(), link);
  }

  private void failed(NotificationStore.Due due, Throwable e) {
    int attempts = due.attempts() + 1;
    boolean dead = attempts >= MAX_ATTEMPTS;
    Instant next = clock.now().plus(backoff(attempts));
    String error = e.getCause() != null && e.getMessage() != null && e.getMessage().equals(e.getCause().toString())
        ? e.getCause().toString() : e.toString();
    if (dead) {
      LOG.log(Level.SEVERE, "Giving up notification delivery " + due.id() + " on channel '" + due.channel()
          + "' after " + attempts + " attempts: " + error, e);
    } else {
      LOG.log(Level.WARNING, "Notification delivery " + due.id() + " on channel '" + due.channel()
          + "' failed (attempt " + attempts + "); retrying at " + next + ": " + error);
    }
    store.markFailed(due, next, error, dead);
  }

  /** 15 s, 30 s, 1 min, 2 min … capped at one hour. */
  public static Duration backoff(int attempts) {
    long seconds = 15L << Math.min(Math.max(attempts - 1, 0), 12);
    return Duration.ofSeconds(Math.min(seconds, 3600));
  }
}
