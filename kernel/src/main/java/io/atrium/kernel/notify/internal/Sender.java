package io.atrium.kernel.notify.internal;

import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.notify.DeliveryStatus;
import io.atrium.kernel.notify.PreferenceSetting;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes a notification: per recipient the in-app row, translated into their language, and a
 * delivery row for every channel they have on for its category, all in the caller's transaction.
 * The dispatcher is woken after commit.
 */
public final class Sender {

  private static final Logger LOG = Logger.getLogger(Sender.class.getName());
  /** What a category looks like. */
  public static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,99}");
  /** The language of users who chose none. */
  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;
  private static final int MAX_KEY = 200;
  private static final int MAX_LINK = 2000;
  private static final int MAX_TITLE = 1000;
  private static final int MAX_BODY = 4000;

  private final NotificationStore store;
  private final NotificationChannels channels;
  private final NotificationTexts texts;
  private final Function<Collection<Long>, List<UserRecord>> users;
  private final Transactions transactions;
  private final AtriumClock clock;
  private final Runnable wakeDispatcher;

  /**
   * Creates the sender.
   *
   * @param users the users with these ids that exist
   * @param wakeDispatcher called after a commit that added deliveries
   */
  public Sender(NotificationStore store, NotificationChannels channels, NotificationTexts texts,
      Function<Collection<Long>, List<UserRecord>> users, Transactions transactions, AtriumClock clock,
      Runnable wakeDispatcher) {
    this.store = store;
    this.channels = channels;
    this.texts = texts;
    this.users = users;
    this.transactions = transactions;
    this.clock = clock;
    this.wakeDispatcher = wakeDispatcher;
  }

  /**
   * Sends a notification from a source (a plugin id, or {@code atrium}); returns the ids of the
   * in-app notifications written (recipients that had one with the same key get none).
   */
  public List<Long> send(String source, Notification notification) {
    check(notification);
    return transactions.required(() -> {
      List<UserRecord> recipients = users.apply(notification.recipients());
      if (recipients.size() < notification.recipients().size()) {
        Set<Long> found = recipients.stream().map(UserRecord::id).collect(Collectors.toSet());
        LOG.warning(() -> source + " sent a notification to user(s) that do not exist, which get nothing: "
            + notification.recipients().stream().filter(id -> !found.contains(id)).toList());
      }
      List<NotificationChannels.Ref> available = channels.all();
      Instant now = clock.now();
      List<Long> written = new java.util.ArrayList<>();
      for (UserRecord recipient : recipients) {
        Optional<Long> id = write(source, notification, recipient, now);
        if (id.isEmpty()) {
          continue;
        }
        written.add(id.get());
        if (recipient.status() == UserStatus.ACTIVE) {
          addDeliveries(id.get(), notification.category(), recipient, available, now);
        }
      }
      if (!written.isEmpty()) {
        transactions.afterCommit(wakeDispatcher);
      }
      return written;
    });
  }

  private Optional<Long> write(String source, Notification n, UserRecord recipient, Instant now) {
    Locale locale = localeOf(recipient);
    String title = truncate(texts.text(source, n.titleKey(), n.args(), locale), MAX_TITLE);
    String body = n.bodyKey() == null ? null : truncate(texts.text(source, n.bodyKey(), n.args(), locale), MAX_BODY);
    return store.insert(new NotificationStore.NewNotification(recipient.id(), source, n.category(), n.titleKey(),
        n.bodyKey(), n.args(), n.link(), n.key(), locale.toLanguageTag(), title, body, now));
  }

  private void addDeliveries(long notificationId, String category, UserRecord recipient,
      List<NotificationChannels.Ref> available, Instant now) {
    List<PreferenceSetting> preferences = store.preferences(recipient.id());
    for (NotificationChannels.Ref channel : available) {
      if (!Preferences.enabled(preferences, channel.id(), category, channel.enabledByDefault())) {
        continue;
      }
      Optional<String> skip = channel.builtIn().flatMap(b -> b.unavailable().or(() -> b.unreachable(
          recipient.person()))).map(Object::toString);
      store.insertDelivery(notificationId, recipient.id(), channel.id(), channel.provider(),
          skip.isPresent() ? DeliveryStatus.SKIPPED : DeliveryStatus.PENDING, skip.orElse(null), now);
    }
  }

  /** The language a user reads: the one stored with them, else Chinese. */
  public static Locale localeOf(UserRecord user) {
    if (user.locale() == null || user.locale().isBlank()) {
      return DEFAULT_LOCALE;
    }
    Locale locale = Locale.forLanguageTag(user.locale().replace('_', '-'));
    return locale.getLanguage().isEmpty() ? DEFAULT_LOCALE : locale;
  }

  private static void check(Notification n) {
    if (!CATEGORY.matcher(n.category()).matches()) {
      throw new IllegalArgumentException("A notification category has 1 to 100 letters, digits, '.', '_', '/' or '-' "
          + "and starts with a letter or digit, not '" + n.category() + "'");
    }
    if (n.titleKey().isBlank() || n.titleKey().length() > MAX_KEY
        || (n.bodyKey() != null && (n.bodyKey().isBlank() || n.bodyKey().length() > MAX_KEY))) {
      throw new IllegalArgumentException("Notification title and body keys have 1 to " + MAX_KEY + " characters");
    }
    if (n.key() != null && (n.key().isBlank() || n.key().length() > MAX_KEY)) {
      throw new IllegalArgumentException("A notification's idempotency key has 1 to " + MAX_KEY + " characters");
    }
    if (n.link() != null && n.link().length() > MAX_LINK) {
      throw new IllegalArgumentException("A notification link has at most " + MAX_LINK + " characters");
    }
  }

  private static String truncate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
