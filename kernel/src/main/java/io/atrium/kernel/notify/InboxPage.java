package io.atrium.kernel.notify;

import java.util.List;

/**
 * A page of a user's notifications.
 *
 * @param total how many notifications the query matches
 * @param unread how many of the user's notifications are unread
 * @param offset the first item's position
 * @param limit the page size asked for
 * @param items the notifications, newest first
 */
public record InboxPage(long total, long unread, int offset, int limit, List<InboxItem> items) {
}
