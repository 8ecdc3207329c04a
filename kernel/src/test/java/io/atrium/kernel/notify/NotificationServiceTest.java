package io.atrium.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.host.Contribution;
import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.UserInput;
import io.atrium.kernel.notify.internal.NotificationDispatcher;
import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.Jdbc;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.time.KernelClock;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.InvalidInputException;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.sdk.notify.Delivery;
import io.atrium.sdk.notify.Notification;
import io.atrium.sdk.notify.NotificationChannel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NotificationServiceTest {

  private static final Map<String, String> CRM_TEXTS = Map.of(
      "zh|crm.deal.won", "{0} 赢得了商机“{1}”",
      "en|crm.deal.won", "{0} won the deal \"{1}\"",
      "zh|crm.deal.won.body", "金额：{2} 元",
      "en|crm.deal.won.body", "Amount: {2} yuan",
      "zh|crm.deal", "商机动态",
      "en|crm.deal", "Deal news");

  private final KernelDatabase database = new KernelDatabase();
  private final LocalTransactions transactions = new LocalTransactions(database.jdbc().dataSource());
  private final Jdbc jdbc = new Jdbc(transactions);
  private final IdentityStore identities = new IdentityStore(jdbc);
  private final KernelClock clock = new KernelClock(ZoneId.of("Asia/Shanghai"));
  private final List<Contribution<NotificationChannel>> pluginChannels = new CopyOnWriteArrayList<>();
  private final Set<String> installedPlugins = new HashSet<>(Set.of("crm", "chat"));
  private final FakeEmail email = new FakeEmail();
  private final NotificationService notifications = new NotificationService(jdbc, DatabaseDialect.H2, identities,
      transactions, clock, List.of(email), () -> pluginChannels, NotificationServiceTest::crmText, null,
      installedPlugins::contains);

  private final long wang = user("wang", "王丽", "wang@example.com", "zh-CN");
  private final long smith = user("smith", "John Smith", "smith@example.com", "en");

  @AfterEach
  void close() throws Exception {
    notifications.close();
    database.close();
  }

  private long user(String username, String displayName, String mail, String locale) {
    return identities.insertUser(new UserInput(username, displayName, mail, null, null, null, null, UserStatus.ACTIVE,
        locale, null), null, null, null, Instant.now());
  }

  private static Optional<String> crmText(String pluginId, String key, Locale locale) {
    if (!pluginId.equals("crm")) {
      return Optional.empty();
    }
    return Optional.ofNullable(CRM_TEXTS.get(locale.getLanguage() + "|" + key));
  }

  private static Notification dealWon(long... recipients) {
    Notification.Builder builder = Notification.builder("crm.deal", "crm.deal.won").body("crm.deal.won.body")
        .args("王丽", "<Acme> & Co", "12,000").link("/crm/deal.xhtml?id=7");
    for (long recipient : recipients) {
      builder.to(recipient);
    }
    return builder.build();
  }

  private FlakyChannel registerChannel(String pluginId, String id, int failures, boolean enabledByDefault) {
    FlakyChannel channel = new FlakyChannel(id, failures, enabledByDefault);
    pluginChannels.add(new Contribution<>(pluginId, id + "-component", Map.of(), channel));
    return channel;
  }

  @Test
  void writesOneInAppNotificationPerRecipientInTheirOwnLanguage() {
    notifications.notifierFor("crm").send(dealWon(wang, smith));

    InboxItem chinese = notifications.inbox(wang, false, 0, 10, null).items().get(0);
    InboxItem english = notifications.inbox(smith, false, 0, 10, null).items().get(0);
    assertThat(chinese.title()).isEqualTo("王丽 赢得了商机“<Acme> & Co”");
    assertThat(chinese.body()).isEqualTo("金额：12,000 元");
    assertThat(english.title()).isEqualTo("王丽 won the deal \"<Acme> & Co\"");
    assertThat(english.body()).isEqualTo("Amount: 12,000 yuan");
    assertThat(chinese.source()).isEqualTo("crm");
    assertThat(chinese.category()).isEqualTo("crm.deal");
    assertThat(chinese.link()).isEqualTo("/crm/deal.xhtml?id=7");
    assertThat(chinese.read()).isFalse();
  }

  @Test
  void aUserWithoutALanguageReadsChineseAndAnotherLanguageIsTranslatedWhenShown() {
    long li = user("li", "李雷", null, null);
    notifications.notifierFor("crm").send(dealWon(li));

    assertThat(notifications.inbox(li, false, 0, 10, null).items().get(0).title()).startsWith("王丽 赢得了商机");
    assertThat(notifications.inbox(li, false, 0, 10, Locale.ENGLISH).items().get(0).title())
        .isEqualTo("王丽 won the deal \"<Acme> & Co\"");
    assertThat(notifications.localeOf(li)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void theKernelsOwnNotificationsUseTheKernelBundle() {
    notifications.kernelNotifier().send(Notification.builder("system", "notify.email.open").to(wang).to(smith)
        .build());

    assertThat(notifications.inbox(wang, false, 0, 1, null).items().get(0).title()).isEqualTo("在中庭中打开");
    assertThat(notifications.inbox(smith, false, 0, 1, null).items().get(0).title()).isEqualTo("Open in Atrium");
    assertThat(notifications.inbox(smith, false, 0, 1, null).items().get(0).source()).isEqualTo("atrium");
  }

  @Test
  void aMissingKeyShowsTheKeyAndUnknownRecipientsGetNothing() {
    List<Long> written = notifications.send("crm", Notification.builder("crm.deal", "crm.no.such.key").to(wang)
        .to(987_654L).build());

    assertThat(written).hasSize(1);
    assertThat(notifications.inbox(wang, false, 0, 10, null).items()).extracting(InboxItem::title)
        .containsExactly("crm.no.such.key");
  }

  @Test
  void nothingIsWrittenWhenTheSendersTransactionRollsBack() {
    registerChannel("chat", "chat", 0, true);

    assertThatThrownBy(() -> transactions.required(() -> {
      notifications.notifierFor("crm").send(dealWon(wang));
      throw new IllegalStateException("the deal could not be saved");
    })).hasMessageContaining("could not be saved");

    assertThat(notifications.inbox(wang, false, 0, 10, null).total()).isZero();
    assertThat(notifications.counts()).isEqualTo(new DeliveryCounts(0, 0, 0, 0, 0));
  }

  @Test
  void theIdempotencyKeyKeepsASecondNotificationOfTheSameSenderFromGoingOut() {
    FlakyChannel chat = registerChannel("chat", "chat", 0, true);
    Notification first = Notification.builder("crm.deal", "crm.deal.won").args("a", "b", "c").to(wang).to(smith)
        .key("deal-7-won").build();

    assertThat(notifications.send("crm", first)).hasSize(2);
    assertThat(notifications.send("crm", first)).isEmpty();
    assertThat(notifications.send("crm", Notification.builder("crm.deal", "crm.deal.won").to(wang).to(user("zhao",
        "赵", null, null)).key("deal-7-won").build())).hasSize(1);
    // another sender's key is its own
    assertThat(notifications.send("orders", Notification.builder("orders.x", "orders.x").to(wang).key("deal-7-won")
        .build())).hasSize(1);

    assertThat(notifications.inbox(wang, false, 0, 10, null).total()).isEqualTo(2);
    notifications.dispatchOnce();
    assertThat(chat.delivered).hasSize(4);
  }

  @Test
  void pagesTheInboxNewestFirstAndCountsUnread() {
    for (int i = 0; i < 7; i++) {
      notifications.send("crm", Notification.builder("crm.deal", "n" + i).to(wang).build());
      clock.advance(Duration.ofSeconds(1));
    }
    notifications.send("crm", Notification.builder("crm.deal", "other").to(smith).build());

    InboxPage first = notifications.inbox(wang, false, 0, 3, null);
    InboxPage last = notifications.inbox(wang, false, 6, 3, null);
    assertThat(first.total()).isEqualTo(7);
    assertThat(first.unread()).isEqualTo(7);
    assertThat(first.items()).extracting(InboxItem::title).containsExactly("n6", "n5", "n4");
    assertThat(last.items()).extracting(InboxItem::title).containsExactly("n0");

    long newest = first.items().get(0).id();
    assertThat(notifications.markRead(wang, newest)).isTrue();
    assertThat(notifications.markRead(wang, newest)).isTrue();
    assertThat(notifications.unread(wang)).isEqualTo(6);
    assertThat(notifications.inbox(wang, true, 0, 10, null).items()).extracting(InboxItem::id).doesNotContain(newest);

    long smithsId = notifications.inbox(smith, false, 0, 1, null).items().get(0).id();
    assertThat(notifications.markRead(wang, smithsId)).isFalse();
    assertThat(notifications.find(wang, smithsId, null)).isEmpty();
    assertThat(notifications.unread(smith)).isEqualTo(1);

    assertThat(notifications.markAllRead(wang)).isEqualTo(6);
    assertThat(notifications.unread(wang)).isZero();
    assertThat(notifications.inbox(wang, false, 0, 10, null).items()).allMatch(InboxItem::read);
  }

  @Test
  void deliversOnlyOnTheChannelsTheRecipientHasOnForTheCategory() {
    FlakyChannel chat = registerChannel("chat", "chat", 0, true);
    FlakyChannel sms = registerChannel("chat", "sms", 0, false);
    notifications.savePreferences(smith, List.of(new PreferenceSetting("chat", "*", false),
        new PreferenceSetting("chat", "crm.deal", true), new PreferenceSetting("sms", "*", true)));
    notifications.savePreferences(wang, List.of(new PreferenceSetting("chat", "crm.deal", false)));

    notifications.send("crm", dealWon(wang, smith));
    notifications.send("crm", Notification.builder("crm.lead", "crm.lead.new").to(wang).to(smith).build());
    notifications.dispatchOnce();

    assertThat(chat.delivered).extracting(d -> d.recipient().username() + ":" + d.category())
        .containsExactlyInAnyOrder("smith:crm.deal", "wang:crm.lead");
    assertThat(sms.delivered).extracting(d -> d.recipient().username() + ":" + d.category())
        .containsExactlyInAnyOrder("smith:crm.deal", "smith:crm.lead");
    assertThat(email.delivered).hasSize(4);
    Delivery english = chat.delivered.stream().filter(d -> d.recipient().username().equals("smith")).findFirst()
        .orElseThrow();
    assertThat(english.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(english.title()).isEqualTo("王丽 won the deal \"<Acme> & Co\"");
    assertThat(english.link()).as("no base URL configured").isNull();

    PreferencesView view = notifications.preferences(smith, Locale.ENGLISH);
    assertThat(view.channels()).extracting(ChannelView::id).containsExactly("email", "chat", "sms");
    assertThat(view.categories()).extracting(CategoryView::id).containsExactly("*", "crm.deal", "crm.lead");
    assertThat(view.categories()).extracting(CategoryView::label).containsExactly("All notifications", "Deal news",
        "crm.lead");
    assertThat(view.isEnabled("chat", "*")).isFalse();
    assertThat(view.isEnabled("chat", "crm.deal")).isTrue();
    assertThat(view.isEnabled("chat", "crm.lead")).isFalse();
    assertThat(view.isEnabled("email", "crm.lead")).isTrue();
  }

  @Test
  void refusesPreferencesForUnknownChannelsAndMalformedCategoriesNamingEachOne() {
    assertThatThrownBy(() -> notifications.savePreferences(wang, List.of(new PreferenceSetting("pigeon", "*", true),
        new PreferenceSetting("email", "bad category!", true), new PreferenceSetting("email", "*", false),
        new PreferenceSetting("email", "*", true)))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
          assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("settings[0].channel",
              "settings[1].category", "settings[3]");
          assertThat(e.problems().get(0).message().in(Locale.SIMPLIFIED_CHINESE)).contains("pigeon");
        });
    assertThat(notifications.preferences(wang, Locale.ENGLISH).settings()).isEmpty();
  }

  @Test
  void aFailingChannelIsRetriedWithGrowingDelaysAndGivenUpWithTheErrorKept() {
    FlakyChannel broken = registerChannel("chat", "chat", Integer.MAX_VALUE, true);
    emailOff(wang);
    notifications.send("crm", dealWon(wang));

    Instant sent = clock.now();
    assertThat(notifications.dispatchOnce()).isEqualTo(1);
    DeliveryView first = single(DeliveryFilter.RETRYING);
    assertThat(first.attempts()).isEqualTo(1);
    assertThat(first.lastError()).contains("chat server down");
    assertThat(first.nextAttemptAt()).isBetween(sent.plusSeconds(15), clock.now().plusSeconds(15));
    assertThat(notifications.dispatchOnce()).as("not due before the delay").isZero();

    for (int attempt = 2; attempt <= NotificationDispatcher.MAX_ATTEMPTS; attempt++) {
      clock.advance(NotificationDispatcher.backoff(attempt - 1));
      assertThat(notifications.dispatchOnce()).as("attempt " + attempt).isEqualTo(1);
    }

    assertThat(broken.attempts).isEqualTo(NotificationDispatcher.MAX_ATTEMPTS);
    DeliveryView dead = single(DeliveryFilter.DEAD);
    assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
    assertThat(dead.attempts()).isEqualTo(NotificationDispatcher.MAX_ATTEMPTS);
    assertThat(dead.lastError()).contains("chat server down");
    assertThat(dead.recipient()).isEqualTo("wang");
    assertThat(notifications.deliveries(DeliveryFilter.PROBLEMS, null, 0, 10).items()).extracting(DeliveryView::id)
        .containsExactly(dead.id());
    assertThat(notifications.counts().dead()).isEqualTo(1);
    clock.advance(Duration.ofDays(1));
    assertThat(notifications.dispatchOnce()).isZero();
    assertThat(broken.attempts).isEqualTo(NotificationDispatcher.MAX_ATTEMPTS);
  }

  @Test
  void aChannelThatRecoversDeliversOnTheRetry() {
    FlakyChannel flaky = registerChannel("chat", "chat", 2, true);
    notifications.send("crm", dealWon(wang));

    notifications.dispatchOnce();
    clock.advance(NotificationDispatcher.backoff(1));
    notifications.dispatchOnce();
    clock.advance(NotificationDispatcher.backoff(2));
    notifications.dispatchOnce();

    assertThat(flaky.attempts).isEqualTo(3);
    assertThat(flaky.delivered).singleElement().satisfies(d -> assertThat(d.title()).contains("赢得了商机"));
    assertThat(notifications.deliveries(DeliveryFilter.DELIVERED, null, 0, 10).items())
        .filteredOn(d -> d.channel().equals("chat")).singleElement().satisfies(d -> {
          assertThat(d.attempts()).isEqualTo(3);
          assertThat(d.lastError()).isNull();
          assertThat(d.deliveredAt()).isNotNull();
        });
    assertThat(flaky.deliveryIds).as("the same delivery id on every attempt").hasSize(1);
  }

  @Test
  void aStoppedChannelIsWaitedForAndAnUninstalledOneGivenUp() {
    registerChannel("chat", "chat", 0, true);
    emailOff(wang);
    notifications.send("crm", dealWon(wang));
    pluginChannels.clear();

    assertThat(notifications.dispatchOnce()).isZero();
    DeliveryView waiting = notifications.deliveries(DeliveryFilter.PENDING, null, 0, 10).items().get(0);
    assertThat(waiting.attempts()).isZero();
    assertThat(waiting.nextAttemptAt()).isAfter(clock.now().plusSeconds(20));

    installedPlugins.remove("chat");
    clock.advance(Duration.ofMinutes(1));
    notifications.dispatchOnce();
    assertThat(single(DeliveryFilter.DEAD).lastError()).contains("'chat' is not installed");
  }

  @Test
  void theBuiltInChannelSkipsPeopleItCannotReachWithTheReasonKept() {
    long li = user("li", "李雷", null, null);
    notifications.send("crm", dealWon(li, wang));
    notifications.dispatchOnce();

    DeliveryView skipped = single(DeliveryFilter.SKIPPED);
    assertThat(skipped.recipient()).isEqualTo("li");
    assertThat(skipped.lastError()).isEqualTo("User li has no e-mail address; an administrator can add one.");
    assertThat(email.delivered).extracting(d -> d.recipient().username()).containsExactly("wang");
  }

  @Test
  void anUnavailableBuiltInChannelIsListedAsSuchAndItsDeliveriesSkipped() {
    email.unavailable = Message.of("notify.email.not-configured");
    notifications.send("crm", dealWon(wang));
    notifications.dispatchOnce();

    assertThat(email.delivered).isEmpty();
    assertThat(single(DeliveryFilter.SKIPPED).lastError()).contains("atrium.mail.host");
    ChannelView view = notifications.channels(Locale.SIMPLIFIED_CHINESE).get(0);
    assertThat(view.available()).isFalse();
    assertThat(view.label()).isEqualTo("电子邮件");
    assertThat(view.note()).contains("atrium.mail.host");
    assertThat(notifications.counts().skipped()).isEqualTo(1);
  }

  @Test
  void inactiveRecipientsGetTheInAppNotificationOnly() {
    long gone = identities.insertUser(new UserInput("gone", "Gone", "gone@example.com", null, null, null, null,
        UserStatus.LEFT, null, null), null, null, null, Instant.now());
    notifications.send("crm", dealWon(gone));
    notifications.dispatchOnce();

    assertThat(notifications.unread(gone)).isEqualTo(1);
    assertThat(email.delivered).isEmpty();
    assertThat(notifications.counts()).isEqualTo(new DeliveryCounts(0, 0, 0, 0, 0));
  }

  @Test
  void refusesMalformedNotifications() {
    assertThatThrownBy(() -> notifications.send("crm", Notification.builder("bad category", "k").to(wang).build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("category");
    assertThatThrownBy(() -> notifications.send("crm", Notification.builder("c", "k").key("x".repeat(201)).to(wang)
        .build())).hasMessageContaining("idempotency key");
    assertThat(notifications.unread(wang)).isZero();
  }

  @Test
  void thePurgeKeepsUnreadAndProblemsAndDropsOldFinishedWork() {
    registerChannel("chat", "chat", Integer.MAX_VALUE, true);
    notifications.send("crm", dealWon(wang, smith));
    notifications.markAllRead(smith);
    pluginChannels.clear();
    installedPlugins.remove("chat");
    notifications.dispatchOnce();

    clock.advance(Duration.ofDays(200));
    assertThat(notifications.purge()).as("the two delivered e-mails").isEqualTo(2);
    assertThat(notifications.unread(wang)).isEqualTo(1);
    assertThat(notifications.inbox(smith, false, 0, 10, null).total()).as("read, but a given-up delivery is kept")
        .isEqualTo(1);
    assertThat(notifications.counts().dead()).isEqualTo(2);
  }

  private void emailOff(long userId) {
    notifications.savePreferences(userId, List.of(new PreferenceSetting("email", "*", false)));
  }

  private DeliveryView single(DeliveryFilter filter) {
    DeliveryPage page = notifications.deliveries(filter, null, 0, 10);
    assertThat(page.items()).as(filter + " deliveries").hasSize(1);
    return page.items().get(0);
  }

  /** A plugin channel failing its first attempts. */
  static final class FlakyChannel implements NotificationChannel {
    final String id;
    final boolean enabledByDefault;
    int failuresLeft;
    int attempts;
    final List<Delivery> delivered = new ArrayList<>();
    final Set<String> deliveryIds = new HashSet<>();

    FlakyChannel(String id, int failures, boolean enabledByDefault) {
      this.id = id;
      this.failuresLeft = failures;
      this.enabledByDefault = enabledByDefault;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String labelKey() {
      return "chat.channel";
    }

    @Override
    public boolean enabledByDefault() {
      return enabledByDefault;
    }

    @Override
    public void deliver(Delivery delivery) {
      attempts++;
      deliveryIds.add(delivery.id());
      if (failuresLeft > 0) {
        failuresLeft--;
        throw new IllegalStateException("chat server down");
      }
      delivered.add(delivery);
    }
  }

  /** A built-in channel like e-mail that records what it was given. */
  static final class FakeEmail implements BuiltInChannel {
    final List<Delivery> delivered = new ArrayList<>();
    Message unavailable;

    @Override
    public String id() {
      return "email";
    }

    @Override
    public String labelKey() {
      return "notify.channel.email";
    }

    @Override
    public boolean enabledByDefault() {
      return true;
    }

    @Override
    public Optional<Message> unavailable() {
      return Optional.ofNullable(unavailable);
    }

    @Override
    public Optional<Message> unreachable(Person person) {
      return person.email() == null ? Optional.of(Message.of("notify.email.no-address", person.username()))
          : Optional.empty();
    }

    @Override
    public void deliver(Delivery delivery) {
      delivered.add(delivery);
    }
  }
}
