package io.atrium.sdk.portal;

import java.time.Instant;
import java.util.Objects;

/**
 * One item of the to-do center.
 *
 * @param id the provider's id of the task, unique within the provider
 * @param title plain text
 * @param summary one line of detail, plain text, or empty
 * @param link the path of the page where the user handles it
 * @param from who it comes from (the starter's display name), or empty
 * @param status a short status text, or empty
 * @param createdAt when it arrived
 * @param dueAt when it is due, or null
 */
public record Task(String id, String title, String summary, String link, String from, String status, Instant createdAt,
    Instant dueAt) {

  /** Checks the parts. */
  public Task {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(createdAt, "createdAt");
    summary = summary == null ? "" : summary;
    from = from == null ? "" : from;
    status = status == null ? "" : status;
    if (link == null || !link.startsWith("/") || link.startsWith("//")) {
      throw new IllegalArgumentException("A task links to a path of this server, not " + link);
    }
  }

  /** Whether it is past due at {@code now}. */
  public boolean overdue(Instant now) {
    return dueAt != null && dueAt.isBefore(now);
  }
}
