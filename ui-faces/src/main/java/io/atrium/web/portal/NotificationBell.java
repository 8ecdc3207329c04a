package io.atrium.web.portal;

import io.atrium.kernel.notify.InboxItem;
import io.atrium.kernel.notify.NotificationService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.OptionalLong;

/** The bell in the top bar: how many notifications are unread, and the newest ones. */
@Named("notificationBell")
@RequestScoped
public class NotificationBell {

  /** How many notifications the bell lists. */
  static final int LATEST = 5;

  @Inject
  NotificationService notifications;

  private Long unread;
  private List<InboxItem> latest;

  /** How many of the signed-in user's notifications are unread. */
  public long getUnread() {
    if (unread == null) {
      OptionalLong user = SignedIn.userId();
      unread = user.isPresent() ? notifications.unread(user.getAsLong()) : 0L;
    }
    return unread;
  }

  /** The signed-in user's {@value #LATEST} newest notifications, read or not, in the page's language. */
  public List<InboxItem> getLatest() {
    if (latest == null) {
      OptionalLong user = SignedIn.userId();
      latest = user.isPresent() ? notifications.inbox(user.getAsLong(), false, 0, LATEST, SignedIn.locale()).items()
          : List.of();
    }
    return latest;
  }
}
