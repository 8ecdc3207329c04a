package io.atrium.examples.hello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.examples.hello.internal.GreetingCounter;
import io.atrium.examples.hello.internal.GreetingNotifier;
import io.atrium.examples.hello.internal.GreetingServiceImpl;
import io.atrium.examples.hello.internal.ReplyJob;
import io.atrium.sdk.event.EventVetoException;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.sdk.testkit.PluginTestKit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GreetingServiceTest {

  private PluginTestKit kit;
  private GreetingService greetings;

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("hello").user("alice", "hello:greeting:view").start();
    greetings = kit.create(GreetingServiceImpl.class);
    kit.register(GreetingService.class, greetings);
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void storesGreetingsInThePrefixedTableNewestFirst() throws Exception {
    greetings.add("  Hello  ");
    kit.clock().advance(Duration.ofMinutes(1));
    greetings.add("Bonjour");

    assertThat(greetings.count()).isEqualTo(2);
    assertThat(greetings.latest(10)).extracting(Greeting::getMessage).containsExactly("Bonjour", "Hello");
    assertThat(greetings.latest(10)).extracting(Greeting::getAuthor).containsOnly("alice");
    try (Connection connection = kit.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM hello_greeting")) {
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(2);
    }
  }

  @Test
  void announcesEachCommittedGreeting() {
    Greeting greeting = greetings.add("Hi");

    assertThat(kit.events().published(GreetingService.CREATED_TOPIC)).singleElement()
        .satisfies(event -> {
          assertThat(event.source()).isEqualTo("hello");
          assertThat(event.payload()).containsEntry("id", greeting.getId()).containsEntry("author", "alice");
        });
  }

  @Test
  void refusesBlankAndOverlongMessagesWithAMessageKey() {
    assertThatThrownBy(() -> greetings.add("   ")).hasMessage("hello.error.empty");
    assertThatThrownBy(() -> greetings.add("x".repeat(201))).hasMessage("hello.error.too-long");
    assertThat(greetings.count()).isZero();
  }

  @Test
  void aVetoRollsTheGreetingBack() {
    kit.events().listen(GreetingService.CREATED_TOPIC, event -> {
      throw new EventVetoException("not today");
    });

    assertThatThrownBy(() -> greetings.add("Hi")).isInstanceOf(EventVetoException.class);
    assertThat(greetings.count()).isZero();
    assertThat(kit.events().published()).isEmpty();
  }

  @Test
  void repliesAfterTheConfiguredDelay() throws Exception {
    kit.config().set("reply-delay", "PT30M");
    kit.scheduler().handler("reply", kit.create(ReplyJob.class));
    greetings.add("Hi");

    kit.clock().advance(Duration.ofMinutes(29));
    assertThat(kit.scheduler().runDue()).isZero();
    kit.clock().advance(Duration.ofMinutes(2));
    assertThat(kit.scheduler().runDue()).isEqualTo(1);

    assertThat(greetings.latest(10)).extracting(Greeting::getMessage, Greeting::getAuthor)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Thank you for \"Hi\", alice!", ReplyJob.BOT),
            org.assertj.core.groups.Tuple.tuple("Hi", "alice"));
    assertThat(kit.scheduler().scheduled()).isEmpty();
  }

  @Test
  void eachGreetingOfAPersonIsAnnouncedToTheAdministratorsInItsTransaction() throws Exception {
    kit.register(Directory.class, administrators(new Person(1, "admin", "Administrator", null, null, null, null, null,
        UserStatus.ACTIVE), new Person(5, "boss", "老板", null, null, null, null, null, UserStatus.ACTIVE)));
    kit.events().listen(GreetingService.CREATED_TOPIC, kit.create(GreetingNotifier.class));
    kit.config().set("reply-delay", "PT1M");
    kit.scheduler().handler("reply", kit.create(ReplyJob.class));

    Greeting greeting = greetings.add("你好 <b>world</b>");
    kit.clock().advance(Duration.ofMinutes(2));
    kit.scheduler().runDue();

    assertThat(kit.notifier().sent()).as("the plugin's own reply is not announced").singleElement()
        .satisfies(n -> {
          assertThat(n.category()).isEqualTo("hello.greeting");
          assertThat(n.titleKey()).isEqualTo("hello.notify.greeting.title");
          assertThat(n.bodyKey()).isEqualTo("hello.notify.greeting.body");
          assertThat(n.args()).containsExactly("alice", "你好 <b>world</b>");
          assertThat(n.recipients()).containsExactlyInAnyOrder(1L, 5L);
          assertThat(n.link()).isEqualTo("/hello/index.xhtml");
          assertThat(n.key()).isEqualTo("greeting-" + greeting.getId());
        });
  }

  @Test
  void aVetoedGreetingSendsNoNotification() {
    kit.register(Directory.class, administrators(new Person(1, "admin", "Administrator", null, null, null, null, null,
        UserStatus.ACTIVE)));
    kit.events().listen(GreetingService.CREATED_TOPIC, kit.create(GreetingNotifier.class));
    kit.events().listen(GreetingService.CREATED_TOPIC, event -> {
      throw new EventVetoException("closed today");
    });

    assertThatThrownBy(() -> greetings.add("Hi")).isInstanceOf(EventVetoException.class);
    assertThat(kit.notifier().sent()).isEmpty();
  }

  /** A directory that knows only the holders of the admin role. */
  private static Directory administrators(Person... people) {
    return (Directory) Proxy.newProxyInstance(Directory.class.getClassLoader(), new Class<?>[] {Directory.class},
        (proxy, method, args) -> {
          if (method.getName().equals("withRole") && "admin".equals(args[0])) {
            return List.of(people);
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void theCounterCountsCommittedGreetingsOnly() throws Exception {
    GreetingCounter counter = kit.create(GreetingCounter.class);
    kit.events().listenAfterCommit(GreetingService.CREATED_TOPIC, counter);

    greetings.add("one");
    greetings.add("two");

    assertThat(kit.metrics().counter("greetings.created")).isEqualTo(2);
  }
}
