package io.atrium.sdk.testkit;

import io.atrium.kernel.event.EventPayloads;
import io.atrium.kernel.event.TopicMatcher;
import io.atrium.sdk.event.AfterCommitListener;
import io.atrium.sdk.event.Event;
import io.atrium.sdk.event.EventListener;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The event publisher of the test kit. It checks topics and payloads like the server, calls
 * synchronous listeners inside the transaction and after-commit listeners once it commits, and keeps
 * every committed event for assertions.
 */
public final class TestEvents implements EventPublisher {

  private record Subscription(String topic, EventListener sync, AfterCommitListener afterCommit) {
  }

  private final String pluginId;
  private final Transactions transactions;
  private final AtriumClock clock;
  private final List<Event> committed = new CopyOnWriteArrayList<>();
  private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();

  TestEvents(String pluginId, Transactions transactions, AtriumClock clock) {
    this.pluginId = pluginId;
    this.transactions = transactions;
    this.clock = clock;
  }

  /** Subscribes a synchronous listener to a topic ({@code a/b}, {@code a/*} or {@code *}). */
  public void listen(String topic, EventListener listener) {
    subscriptions.add(new Subscription(topic, listener, null));
  }

  /** Subscribes an after-commit listener to a topic. */
  public void listenAfterCommit(String topic, AfterCommitListener listener) {
    subscriptions.add(new Subscription(topic, null, listener));
  }

  /** The events whose transaction committed, oldest first. */
  public List<Event> published() {
    return List.copyOf(committed);
  }

  /** The committed events on one topic. */
  public List<Event> published(String topic) {
    return committed.stream().filter(e -> e.topic().equals(topic)).toList();
  }

  @Override
  public Event publish(String topic, Map<String, ?> payload) {
    return publish(topic, null, payload);
  }

  @Override
  public Event publish(String topic, String key, Map<String, ?> payload) {
    if (!TopicMatcher.isValidTopic(topic)) {
      throw new IllegalArgumentException("Event topic '" + topic + "' is malformed");
    }
    EventPayloads.toJson(payload);
    String id = UUID.randomUUID().toString();
    Event event = new Event(id, topic, key == null ? id : key, pluginId, clock.now(), payload);
    return transactions.required(() -> {
      for (Subscription subscription : subscriptions) {
        if (subscription.sync() != null && TopicMatcher.matches(subscription.topic(), topic)) {
          subscription.sync().onEvent(event);
        }
      }
      transactions.afterCommit(() -> deliverAfterCommit(event));
      return event;
    });
  }

  private void deliverAfterCommit(Event event) {
    boolean duplicate = committed.stream().anyMatch(e -> e.topic().equals(event.topic()) && e.key().equals(event.key()));
    committed.add(event);
    if (duplicate) {
      return;
    }
    for (Subscription subscription : subscriptions) {
      if (subscription.afterCommit() != null && TopicMatcher.matches(subscription.topic(), event.topic())) {
        try {
          subscription.afterCommit().onEvent(event);
        } catch (Exception e) {
          throw new AssertionError("After-commit listener failed on " + event, e);
        }
      }
    }
  }
}
