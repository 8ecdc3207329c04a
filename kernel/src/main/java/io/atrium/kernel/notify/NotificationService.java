package io.atrium.kernel.notify;

import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.notify.internal.NotificationChannels;
import io.atrium.kernel.notify.internal.NotificationDispatcher;
import io.atrium.kernel.notify.internal.NotificationStore;
import io.atrium.kernel.notify.internal.NotificationTexts;
import io.atrium.kernel.notify.internal.Preferences;
import io.atrium.kernel.notify.internal.Sender;
import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import io.atrium.kernel.validation.Problems;
import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.notify.NotificationChannel;
import io.atrium.sdk.notify.Notifier;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The platform's notifications: the {@link Notifier} each plugin gets and the kernel's own, the
 * in-app inbox of each user, preferences per channel and category, and the delivery dispatcher.
 */
public final class NotificationService implements AutoCloseable {

  /** Finished deliveries are kept this long. */
  static final Duration DELIVERY_RETENTION = Duration.ofDays(30);
  /** Read notifications are kept this long. */
  static final Duration READ_RETENTION = Duration.ofDays(180);
  /** Most preference settings one user can store. */
  static final int MAX_SETTINGS = 500;
  /** Largest page. */
  public static final int MAX_PAGE = 100;

  private final NotificationStore store;
  private final NotificationChannels channels;
  private final NotificationTexts texts;
  private final Sender sender;
  private final NotificationDispatcher dispatcher;
  private final IdentityStore identities;
  private final AtriumClock clock;
  private final String baseUrl;

  /**
   * Wires the notifications; the dispatcher starts with {@link #start()}.
   *
   * @param builtIns the platform's own channels, such as e-mail
   * @param pluginChannels the channels running plugins registered
   * @param pluginTexts the texts of a plugin's bundle
   * @param baseUrl the portal's address links are made absolute with, or null
   * @param pluginInstalled whether a plugin is installed
   */
  public NotificationService(Jdbc jdbc, DatabaseDialect dialect, IdentityStore identities, Transactions transactions,
      AtriumClock clock, List<BuiltInChannel> builtIns, Supplier<List<Contribution<NotificationChannel>>> pluginChannels,
      NotificationTexts.PluginLookup pluginTexts, String baseUrl, Predicate<String> pluginInstalled) {
    this.store = new NotificationStore(jdbc, dialect);
    this.channels = new NotificationChannels(builtIns, pluginChannels);
    this.texts = new NotificationTexts(pluginTexts);
    this.identities = identities;
    this.clock = clock;
    this.baseUrl = baseUrl;
    this.dispatcher = new NotificationDispatcher(store, channels, id -> identities.user(id).map(UserRecord::person),
        this::absolute, clock, pluginInstalled);
    this.sender = new Sender(store, channels, texts, identities::users, transactions, clock, dispatcher::wake);
  }

  /** Starts delivering. */
  public void start() {
    dispatcher.start();
  }

  /** The notifier of a plugin: its notifications are translated with the plugin's own bundle. */
  public Notifier notifierFor(String pluginId) {
    return notification -> sender.send(pluginId, notification);
  }

  /** The platform's own notifier: keys are those of the kernel bundle {@code io/atrium/kernel/i18n/messages}. */
  public Notifier kernelNotifier() {
    return notification -> sender.send(NotificationTexts.KERNEL, notification);
  }

  /** Sends from a source and returns the ids of the in-app notifications written; for tests and the kernel. */
  public List<Long> send(String source, Notification notification) {
    return sender.send(source, notification);
  }

  /** Runs one dispatch round now; for tests. */
  public int dispatchOnce() {
    return dispatcher.dispatchOnce();
  }

  // ----------------------------------------------------------------------------------- inbox

  /** A page of a user's notifications, newest first, in the language they are read in. */
  public InboxPage inbox(long userId, boolean unreadOnly, int offset, int limit, Locale locale) {
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    int from = Math.max(0, offset);
    List<InboxItem> items = store.inbox(userId, unreadOnly, from, size).stream().map(s -> translated(s, locale))
        .toList();
    return new InboxPage(store.count(userId, unreadOnly), store.count(userId, true), from, size, items);
  }

  /** How many unread notifications a user has. */
  public long unread(long userId) {
    return store.count(userId, true);
  }

  /** One of the user's notifications. */
  public Optional<InboxItem> find(long userId, long id, Locale locale) {
    return store.notification(id).filter(s -> s.recipientId() == userId).map(s -> translated(s, locale));
  }

  /** Marks one of the user's notifications read; false when the user has none with this id. */
  public boolean markRead(long userId, long id) {
    return store.markRead(userId, id, clock.now());
  }

  /** Marks all the user's notifications read; returns how many were unread. */
  public int markAllRead(long userId) {
    return store.markAllRead(userId, clock.now());
  }

  /** The user's language, as stored with them. */
  public Locale localeOf(long userId) {
    return identities.user(userId).map(Sender::localeOf).orElse(Sender.DEFAULT_LOCALE);
  }

  /**
   * The item in the language it is read in: as stored when that is the language it was sent in,
   * else translated again if the sender's texts are at hand.
   */
  private InboxItem translated(NotificationStore.Stored stored, Locale locale) {
    InboxItem item = stored.item();
    if (locale == null || Locale.forLanguageTag(stored.locale()).equals(locale)) {
      return item;
    }
    Optional<String> title = texts.render(item.source(), stored.titleKey(), stored.args(), locale);
    if (title.isEmpty()) {
      return item;
    }
    String body = stored.bodyKey() == null ? null
        : texts.render(item.source(), stored.bodyKey(), stored.args(), locale).orElse(item.body());
    return new InboxItem(item.id(), item.source(), item.category(), title.get(), body, item.link(), item.createdAt(),
        item.readAt());
  }

  // ------------------------------------------------------------------------------- channels

  /** The channels there are, with names and availability in a language. */
  public List<ChannelView> channels(Locale locale) {
    return channels.all().stream().map(ref -> view(ref, locale)).toList();
  }

  private ChannelView view(NotificationChannels.Ref ref, Locale locale) {
    String label;
    try {
      label = texts.pattern(ref.provider(), ref.channel().labelKey(), locale).orElse(ref.id());
    } catch (RuntimeException e) {
      label = ref.id();
    }
    Optional<String> note = ref.builtIn().flatMap(BuiltInChannel::unavailable).map(m -> m.in(locale));
    return new ChannelView(ref.id(), ref.provider(), label, ref.enabledByDefault(), note.isEmpty(), note.orElse(null));
  }

  // ---------------------------------------------------------------------------- preferences

  /** A user's preferences: channels, categories, stored choices and what is in effect. */
  public PreferencesView preferences(long userId, Locale locale) {
    List<ChannelView> channelViews = channels(locale);
    List<CategoryView> categories = new ArrayList<>();
    categories.add(new CategoryView(PreferenceSetting.ALL, KernelTexts.format(locale, "notify.category.all")));
    for (NotificationStore.SourceCategory category : store.categories(userId)) {
      categories.add(new CategoryView(category.category(), categoryLabel(category, locale)));
    }
    List<PreferenceSetting> settings = store.preferences(userId);
    List<PreferenceSetting> effective = new ArrayList<>();
    for (ChannelView channel : channelViews) {
      for (CategoryView category : categories) {
        effective.add(new PreferenceSetting(channel.id(), category.id(), Preferences.enabled(settings, channel.id(),
            category.id(), channel.enabledByDefault())));
      }
    }
    return new PreferencesView(channelViews, categories, settings, effective);
  }

  /**
   * The name of a category: the text whose key is the category in the sender's bundle (the kernel
   * uses {@code notify.category.<category>}), else the category itself.
   */
  private String categoryLabel(NotificationStore.SourceCategory category, Locale locale) {
    if (category.source() == null) {
      return category.category();
    }
    String key = NotificationTexts.KERNEL.equals(category.source()) ? "notify.category." + category.category()
        : category.category();
    return texts.pattern(category.source(), key, locale).orElse(category.category());
  }

  /**
   * Replaces a user's choices.
   *
   * @throws io.atrium.kernel.validation.InvalidInputException naming each bad setting
   */
  public void savePreferences(long userId, List<PreferenceSetting> settings) {
    Problems problems = new Problems();
    Set<String> known = new HashSet<>(channels.all().stream().map(NotificationChannels.Ref::id).toList());
    known.addAll(store.preferences(userId).stream().map(PreferenceSetting::channel).toList());
    Set<String> seen = new HashSet<>();
    problems.check(settings.size() > MAX_SETTINGS, "settings", "notify.preferences.too-many", MAX_SETTINGS);
    for (int i = 0; i < settings.size() && i < MAX_SETTINGS; i++) {
      PreferenceSetting setting = settings.get(i);
      String field = "settings[" + i + "]";
      if (setting == null || setting.channel() == null || setting.category() == null) {
        problems.add(field, "notify.preferences.incomplete");
        continue;
      }
      problems.check(!known.contains(setting.channel()), field + ".channel", "notify.preferences.channel",
          setting.channel());
      problems.check(!setting.category().equals(PreferenceSetting.ALL)
          && !Sender.CATEGORY.matcher(setting.category()).matches(), field + ".category", "notify.preferences.category",
          setting.category());
      problems.check(!seen.add(setting.channel() + "\n" + setting.category()), field, "notify.preferences.twice",
          setting.channel(), setting.category());
    }
    problems.throwIfAny();
    store.replacePreferences(userId, List.copyOf(settings));
  }

  // ------------------------------------------------------------------------- administration

  /** How many deliveries stand where. */
  public DeliveryCounts counts() {
    return store.counts();
  }

  /** Deliveries for administrators, newest first. */
  public DeliveryPage deliveries(DeliveryFilter filter, Long notificationId, int offset, int limit) {
    return store.deliveries(filter, notificationId, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PAGE)));
  }

  /** Deletes finished deliveries and old read notifications; returns the rows deleted. */
  public int purge() {
    return store.purge(clock.now().minus(DELIVERY_RETENTION), clock.now().minus(READ_RETENTION));
  }

  /** The portal's address, if configured. */
  public Optional<String> baseUrl() {
    return Optional.ofNullable(baseUrl);
  }

  /** A path of this server as a URL, or null without a base URL. */
  private String absolute(String path) {
    return baseUrl == null ? null : baseUrl + path;
  }

  @Override
  public void close() {
    dispatcher.close();
  }
}
