package io.atrium.sdk.notify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A message to some users. Title and body are message keys of the sending plugin's bundle,
 * translated into each recipient's language with {@code {0}}-style arguments.
 */
public final class Notification {

  private final Set<Long> recipients;
  private final String category;
  private final String titleKey;
  private final String bodyKey;
  private final List<String> args;
  private final String link;
  private final String key;

  private Notification(Builder builder) {
    this.recipients = Set.copyOf(builder.recipients);
    this.category = builder.category;
    this.titleKey = builder.titleKey;
    this.bodyKey = builder.bodyKey;
    this.args = List.copyOf(builder.args);
    this.link = builder.link;
    this.key = builder.key;
  }

  /**
   * Starts a notification.
   *
   * @param category what kind of news it is, e.g. {@code task.assigned}; users choose channels per category
   * @param titleKey message key of the title
   */
  public static Builder builder(String category, String titleKey) {
    return new Builder(category, titleKey);
  }

  /** The recipients' user ids. */
  public Set<Long> recipients() {
    return recipients;
  }

  /** The category. */
  public String category() {
    return category;
  }

  /** Message key of the title. */
  public String titleKey() {
    return titleKey;
  }

  /** Message key of the body, or null. */
  public String bodyKey() {
    return bodyKey;
  }

  /** Arguments of title and body; values are shown as they are, escaped where shown as HTML. */
  public List<String> args() {
    return args;
  }

  /** Where the notification leads, a path of this server such as {@code /forms/record.xhtml?id=7}, or null. */
  public String link() {
    return link;
  }

  /** Idempotency key: a second notification with the same key is not sent again; or null. */
  public String key() {
    return key;
  }

  /** Builds a {@link Notification}. */
  public static final class Builder {
    private final Set<Long> recipients = new LinkedHashSet<>();
    private final String category;
    private final String titleKey;
    private String bodyKey;
    private final List<String> args = new ArrayList<>();
    private String link;
    private String key;

    private Builder(String category, String titleKey) {
      this.category = Objects.requireNonNull(category, "category");
      this.titleKey = Objects.requireNonNull(titleKey, "titleKey");
    }

    /** Adds recipients. */
    public Builder to(Collection<Long> userIds) {
      recipients.addAll(userIds);
      return this;
    }

    /** Adds a recipient. */
    public Builder to(long userId) {
      recipients.add(userId);
      return this;
    }

    /** The message key of the body. */
    public Builder body(String bodyKey) {
      this.bodyKey = bodyKey;
      return this;
    }

    /** Arguments for title and body. */
    public Builder args(String... values) {
      args.addAll(List.of(values));
      return this;
    }

    /** Where the notification leads; a path starting with {@code /}. */
    public Builder link(String path) {
      if (path != null && (!path.startsWith("/") || path.startsWith("//"))) {
        throw new IllegalArgumentException("A notification links to a path of this server, not " + path);
      }
      this.link = path;
      return this;
    }

    /** An idempotency key. */
    public Builder key(String key) {
      this.key = key;
      return this;
    }

    /** Builds the notification. */
    public Notification build() {
      if (recipients.isEmpty()) {
        throw new IllegalStateException("A notification needs at least one recipient");
      }
      return new Notification(this);
    }
  }
}
