package io.atrium.kernel.event;

import java.util.Collection;
import java.util.regex.Pattern;

/** Rules for event topics and subscriptions. */
public final class TopicMatcher {

  /** Compiled once: {@code String.matches} compiles the expression on every published event. */
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9][a-z0-9_.-]*(/[a-z0-9][a-z0-9_.-]*)*");

  private TopicMatcher() {
  }

  /** Whether a topic is well formed: lower-case slash-separated words, e.g. {@code forms/record/created}. */
  public static boolean isValidTopic(String topic) {
    return topic != null && topic.length() <= 200 && TOPIC.matcher(topic).matches();
  }

  /** Whether a subscription ({@code a/b}, {@code a/*} or {@code *}) covers a topic. */
  public static boolean matches(String subscription, String topic) {
    if (subscription.equals("*") || subscription.equals(topic)) {
      return true;
    }
    if (subscription.endsWith("/*")) {
      String prefix = subscription.substring(0, subscription.length() - 1);
      return topic.startsWith(prefix);
    }
    return false;
  }

  /** Whether any of the subscriptions covers the topic. */
  public static boolean matchesAny(Collection<String> subscriptions, String topic) {
    return subscriptions.stream().anyMatch(s -> matches(s, topic));
  }
}
