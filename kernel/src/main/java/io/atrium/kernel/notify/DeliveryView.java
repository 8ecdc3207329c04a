package io.atrium.kernel.notify;

import java.time.Instant;

/**
 * A channel delivery, for administrators.
 *
 * @param id the delivery id
 * @param notificationId the in-app notification it belongs to
 * @param recipientId the recipient's user id
 * @param recipient the recipient's login name
 * @param channel the channel id
 * @param provider the plugin providing the channel, or {@code atrium}
 * @param source the plugin that sent the notification, or {@code atrium}
 * @param category the notification's category
 * @param title the notification's title
 * @param status where it stands
 * @param attempts attempts made so far
 * @param nextAttemptAt when it is tried next (pending ones)
 * @param lastError the last failure, or why it was skipped
 * @param createdAt when it was sent
 * @param deliveredAt when the channel took it, or null
 */
public record DeliveryView(long id, long notificationId, long recipientId, String recipient, String channel,
    String provider, String source, String category, String title, DeliveryStatus status, int attempts,
    Instant nextAttemptAt, String lastError, Instant createdAt, Instant deliveredAt) {
}
