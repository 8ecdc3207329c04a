package io.atrium.sdk.notify;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: a way of reaching people, such as e-mail, DingTalk or WeCom. Register one as a service; it
 * then appears in every user's notification preferences.
 *
 * <p>Life cycle: the kernel calls {@link #deliver} after the sending transaction committed, on a
 * background thread; an exception is retried with back-off and reported to administrators when
 * given up. Deliveries carry an id, so a channel that can deduplicate should.
 */
@ConsumerType
public interface NotificationChannel {

  /** Stable id, e.g. {@code dingtalk}. */
  String id();

  /** Message key of the channel's name, in the plugin's bundle. */
  String labelKey();

  /** Whether users get this channel until they turn it off. */
  default boolean enabledByDefault() {
    return false;
  }

  /** Delivers one notification to one person. */
  void deliver(Delivery delivery) throws Exception;
}
