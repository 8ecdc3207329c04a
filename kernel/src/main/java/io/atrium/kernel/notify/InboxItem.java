package io.atrium.kernel.notify;

import java.time.Instant;

/**
 * One in-app notification as its recipient sees it.
 *
 * @param id the notification's id
 * @param source the sending plugin's id, or {@code atrium} for the platform
 * @param category what kind of news it is
 * @param title the title text
 * @param body the body text, or null
 * @param link a path of this server it leads to, or null
 * @param createdAt when it was sent
 * @param readAt when the recipient read it, or null while unread
 */
public record InboxItem(long id, String source, String category, String title, String body, String link,
    Instant createdAt, Instant readAt) {

  /** Whether the recipient has read it. */
  public boolean read() {
    return readAt != null;
  }
}
