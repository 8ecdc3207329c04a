package io.atrium.web.portal;

import io.atrium.kernel.notify.InboxItem;
import io.atrium.kernel.notify.InboxPage;
import io.atrium.kernel.notify.NotificationService;
import io.atrium.kernel.time.KernelClock;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Backs {@code notifications.xhtml}: the signed-in user's notifications page by page, all or
 * unread only ({@code ?page=2&unread=true}), marking them read and opening their links. Actions
 * redirect back to the page, so reloading never repeats them.
 */
@Named("notificationsPage")
@RequestScoped
public class NotificationsPage {

  /** Notifications per page. */
  static final int SIZE = 20;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  @Inject
  NotificationService notifications;

  @Inject
  KernelClock clock;

  private int page = 1;
  private boolean unreadOnly;
  private InboxPage inbox;

  @PostConstruct
  void readParameters() {
    Map<String, String> parameters = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    try {
      page = Math.max(1, Integer.parseInt(parameters.getOrDefault("page", "1")));
    } catch (NumberFormatException e) {
      page = 1;
    }
    unreadOnly = "true".equals(parameters.get("unread"));
  }

  /** The notifications of this page. */
  public InboxPage getInbox() {
    if (inbox == null) {
      OptionalLong user = SignedIn.userId();
      inbox = user.isPresent()
          ? notifications.inbox(user.getAsLong(), unreadOnly, (page - 1) * SIZE, SIZE, SignedIn.locale())
          : new InboxPage(0, 0, 0, SIZE, java.util.List.of());
    }
    return inbox;
  }

  /** The page number, from 1. */
  public int getPage() {
    return page;
  }

  /** How many pages there are. */
  public int getPages() {
    return (int) Math.max(1, (getInbox().total() + SIZE - 1) / SIZE);
  }

  /** Whether only unread notifications are listed. */
  public boolean isUnreadOnly() {
    return unreadOnly;
  }

  /** Whether there is a page before this one. */
  public boolean isHasPrevious() {
    return page > 1;
  }

  /** Whether there is a page after this one. */
  public boolean isHasNext() {
    return page < getPages();
  }

  /** When a notification was sent, in the company's time zone. */
  public String time(InboxItem item) {
    return TIME.format(item.createdAt().atZone(clock.zone()));
  }

  /** Marks the notification of the request parameter {@code id} read and shows the page again. */
  public void markRead() {
    OptionalLong id = idParameter();
    OptionalLong user = SignedIn.userId();
    if (id.isPresent() && user.isPresent()) {
      notifications.markRead(user.getAsLong(), id.getAsLong());
    }
    redirect(listUrl());
  }

  /** Marks every notification read and shows the page again. */
  public void markAllRead() {
    SignedIn.userId().ifPresent(notifications::markAllRead);
    redirect(listUrl());
  }

  /**
   * Marks the notification of the request parameter {@code id} read and goes where it leads; back
   * to the list when it leads nowhere.
   */
  public void open() {
    OptionalLong user = SignedIn.userId();
    OptionalLong id = idParameter();
    String target = listUrl();
    if (user.isPresent() && id.isPresent()) {
      var item = notifications.find(user.getAsLong(), id.getAsLong(), SignedIn.locale());
      if (item.isPresent()) {
        notifications.markRead(user.getAsLong(), id.getAsLong());
        String link = item.get().link();
        // only paths of this server: a notification never sends anyone elsewhere
        if (link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")) {
          target = context().getRequestContextPath() + link;
        }
      }
    }
    redirect(target);
  }

  // the id travels as a parameter of the clicked link, so a list that changed since it was shown
  // cannot make the action hit another notification
  private static OptionalLong idParameter() {
    try {
      return OptionalLong.of(Long.parseLong(context().getRequestParameterMap().getOrDefault("id", "")));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  private String listUrl() {
    return context().getRequestContextPath() + "/notifications.xhtml?page=" + page + (unreadOnly ? "&unread=true" : "");
  }

  private static ExternalContext context() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }

  private static void redirect(String url) {
    try {
      context().redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
