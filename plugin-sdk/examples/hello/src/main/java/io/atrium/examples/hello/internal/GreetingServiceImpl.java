package io.atrium.examples.hello.internal;

import io.atrium.examples.hello.Greeting;
import io.atrium.examples.hello.GreetingService;
import io.atrium.sdk.config.PluginConfig;
import io.atrium.sdk.event.EventPublisher;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.scheduler.Scheduler;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Greetings in the plugin's own table, each announced with an event and answered by the
 * {@link ReplyJob} after the configured delay.
 */
@Component(service = GreetingService.class)
public class GreetingServiceImpl implements GreetingService {

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final EventPublisher events;
  private final CurrentUser currentUser;
  private final AtriumClock clock;
  private final Scheduler scheduler;
  private final PluginConfig config;

  /** Declarative Services injects the host services through this constructor. */
  @Activate
  public GreetingServiceImpl(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference EventPublisher events, @Reference CurrentUser currentUser, @Reference AtriumClock clock,
      @Reference Scheduler scheduler, @Reference PluginConfig config) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.events = events;
    this.currentUser = currentUser;
    this.clock = clock;
    this.scheduler = scheduler;
    this.config = config;
  }

  @Override
  public Greeting add(String message) {
    String text = message == null ? "" : message.strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("hello.error.empty");
    }
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("hello.error.too-long");
    }
    String author = currentUser.username().orElse("anonymous");
    Greeting greeting = store(text, author);
    Duration delay = config.getDuration(HelloSettings.REPLY_DELAY, HelloSettings.DEFAULT_REPLY_DELAY);
    scheduler.scheduleOnce(ReplyJob.NAME, "greeting-" + greeting.getId(), clock.now().plus(delay),
        Map.of(ReplyJob.AUTHOR, author, ReplyJob.MESSAGE, text));
    return greeting;
  }

  @Override
  public Greeting store(String text, String author) {
    return transactions.required(() -> {
      Greeting greeting = new Greeting(text, author, clock.now());
      persistence.entityManager().persist(greeting);
      persistence.entityManager().flush();
      events.publish(CREATED_TOPIC, Map.of("id", greeting.getId(), "author", author, "message", text));
      return greeting;
    });
  }

  @Override
  public List<Greeting> latest(int limit) {
    return transactions.required(() -> persistence.entityManager()
        .createQuery("select g from Greeting g order by g.createdAt desc, g.id desc", Greeting.class)
        .setMaxResults(limit)
        .getResultList());
  }

  @Override
  public List<Greeting> search(String text, int limit) {
    return transactions.required(() -> persistence.entityManager()
        .createQuery("select g from Greeting g where lower(g.message) like :text escape '!' "
            + "order by g.createdAt desc, g.id desc", Greeting.class)
        .setParameter("text", contains(text))
        .setMaxResults(limit)
        .getResultList());
  }

  /** A LIKE pattern for text anywhere, with the wildcards of the text itself escaped. */
  static String contains(String text) {
    String plain = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    return "%" + plain.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
  }

  @Override
  public long count() {
    return transactions.required(() -> persistence.entityManager()
        .createQuery("select count(g) from Greeting g", Long.class)
        .getSingleResult());
  }
}
