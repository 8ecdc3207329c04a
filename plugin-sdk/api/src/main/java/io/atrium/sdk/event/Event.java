package io.atrium.sdk.event;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Something that happened, published on a topic. The payload holds JSON values only: strings,
 * numbers, booleans, null, lists and maps of these.
 */
public final class Event {

  private final String id;
  private final String topic;
  private final String key;
  private final String source;
  private final Instant occurredAt;
  private final Map<String, Object> payload;

  /**
   * Creates an event.
   *
   * @param id unique id given by the platform
   * @param topic slash-separated topic
   * @param key idempotency key: listeners get one delivery per key and listener
   * @param source id of the publishing plugin, or {@code atrium} for the platform
   * @param occurredAt when it was published
   * @param payload JSON-compatible values
   */
  public Event(String id, String topic, String key, String source, Instant occurredAt,
      Map<String, ?> payload) {
    this.id = Objects.requireNonNull(id, "id");
    this.topic = Objects.requireNonNull(topic, "topic");
    this.key = Objects.requireNonNull(key, "key");
    this.source = Objects.requireNonNull(source, "source");
    this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
    this.payload = Collections.unmodifiableMap(new LinkedHashMap<>(payload == null ? Map.of() : payload));
  }

  /** Unique id. */
  public String id() {
    return id;
  }

  /** The topic it was published on. */
  public String topic() {
    return topic;
  }

  /** Idempotency key; equals {@link #id()} unless the publisher chose one. */
  public String key() {
    return key;
  }

  /** Id of the publishing plugin. */
  public String source() {
    return source;
  }

  /** When it was published. */
  public Instant occurredAt() {
    return occurredAt;
  }

  /** The payload, unmodifiable. */
  public Map<String, Object> payload() {
    return payload;
  }

  @Override
  public String toString() {
    return "Event[" + topic + " " + id + " from " + source + "]";
  }
}
