package io.atrium.examples.hello;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.examples.hello.internal.GreetingSearch;
import io.atrium.examples.hello.internal.GreetingServiceImpl;
import io.atrium.examples.hello.internal.GreetingTasks;
import io.atrium.examples.hello.internal.GreetingWidget;
import io.atrium.examples.hello.internal.ReplyJob;
import io.atrium.sdk.portal.BulkResult;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.portal.Task;
import io.atrium.sdk.portal.TaskBox;
import io.atrium.sdk.portal.TaskPage;
import io.atrium.sdk.portal.TaskQuery;
import io.atrium.sdk.portal.WidgetContent;
import io.atrium.sdk.portal.WidgetItem;
import io.atrium.sdk.testkit.PluginTestKit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The plugin's search provider, workbench widget and task provider, run with the test kit. */
class PortalContributionsTest {

  private PluginTestKit kit;
  private GreetingService greetings;

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("hello").user("alice", "hello:greeting:view", "hello:greeting:reply").start();
    greetings = kit.create(GreetingServiceImpl.class);
    kit.register(GreetingService.class, greetings);
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void searchFindsGreetingsContainingTheTextNewestFirst() {
    greetings.add("Good morning, team");
    kit.clock().advance(Duration.ofMinutes(1));
    greetings.add("MORNING coffee at 10");
    greetings.add("100% agreed");
    GreetingSearch search = kit.create(GreetingSearch.class);

    List<SearchHit> hits = search.search("morning", Locale.ENGLISH, 10);

    assertThat(hits).extracting(SearchHit::title).containsExactly("MORNING coffee at 10", "Good morning, team");
    assertThat(hits.get(0).link()).isEqualTo("/hello/index.xhtml");
    assertThat(hits.get(0).snippet()).startsWith("alice · ");
    // LIKE wildcards in the text are taken literally
    assertThat(search.search("0%", Locale.ENGLISH, 10)).extracting(SearchHit::title).containsExactly("100% agreed");
    assertThat(search.search("morning", Locale.ENGLISH, 1)).hasSize(1);
  }

  @Test
  void searchShowsNothingToUsersWithoutThePermission() {
    greetings.add("hello");
    kit.user().signIn("mallory");

    assertThat(kit.create(GreetingSearch.class).search("hello", Locale.ENGLISH, 10)).isEmpty();
  }

  @Test
  void theWidgetShowsTheCountAndTheLatestGreetings() {
    for (int i = 1; i <= 7; i++) {
      greetings.add("greeting " + i);
      kit.clock().advance(Duration.ofSeconds(1));
    }
    GreetingWidget widget = kit.create(GreetingWidget.class);

    WidgetContent content = widget.content(Locale.SIMPLIFIED_CHINESE);

    assertThat(widget.permission()).contains("hello:greeting:view");
    assertThat(content.kpi()).isEqualTo("7");
    assertThat(content.caption()).isEqualTo("条已保存的问候");
    assertThat(content.items()).hasSize(5).first().extracting(WidgetItem::label, WidgetItem::value)
        .containsExactly("greeting 7", "alice");
    assertThat(widget.content(Locale.ENGLISH).caption()).isEqualTo("greetings stored");
  }

  @Test
  void greetingsAwaitingAReplyAreToDosOfThoseWhoMayReply() {
    greetings.add("first");
    kit.clock().advance(Duration.ofMinutes(1));
    greetings.add("second");
    greetings.store("Thank you!", ReplyJob.BOT);
    GreetingTasks tasks = kit.create(GreetingTasks.class);

    TaskPage todo = tasks.tasks(query(TaskBox.TODO, "", 0, 10));

    assertThat(todo.total()).isEqualTo(2);
    assertThat(todo.tasks()).extracting(Task::title, Task::from).containsExactly(
        org.assertj.core.groups.Tuple.tuple("second", "alice"), org.assertj.core.groups.Tuple.tuple("first", "alice"));
    assertThat(todo.tasks().get(0).status()).isEqualTo("等待回复");
    assertThat(tasks.count(TaskBox.TODO)).isEqualTo(2);
    assertThat(tasks.count(TaskBox.STARTED)).isEqualTo(2);
    assertThat(tasks.count(TaskBox.CC)).isZero();
    assertThat(tasks.tasks(query(TaskBox.TODO, "SEC", 0, 10)).tasks()).extracting(Task::title)
        .containsExactly("second");
    assertThat(tasks.tasks(query(TaskBox.TODO, "", 1, 10)).tasks()).extracting(Task::title).containsExactly("first");
    TaskPage none = tasks.tasks(query(TaskBox.TODO, "", 0, 0));
    assertThat(none.tasks()).isEmpty();
    assertThat(none.total()).isEqualTo(2);

    kit.user().signIn("bob", "hello:greeting:view");
    assertThat(tasks.count(TaskBox.TODO)).isZero();
    assertThat(tasks.tasks(query(TaskBox.TODO, "", 0, 10)).total()).isZero();
  }

  @Test
  void arrivalDatesFilterTheTasks() {
    Instant start = kit.clock().now();
    greetings.add("old");
    kit.clock().advance(Duration.ofDays(2));
    greetings.add("new");
    GreetingTasks tasks = kit.create(GreetingTasks.class);

    TaskPage recent = tasks.tasks(new TaskQuery(TaskBox.TODO, "", start.plus(Duration.ofDays(1)), null, 0, 10));
    TaskPage early = tasks.tasks(new TaskQuery(TaskBox.TODO, "", null, start.plus(Duration.ofHours(1)), 0, 10));

    assertThat(recent.tasks()).extracting(Task::title).containsExactly("new");
    assertThat(early.tasks()).extracting(Task::title).containsExactly("old");
  }

  @Test
  void markRepliedAnswersSeveralAtOnceAndReportsEachGreeting() {
    Greeting a = greetings.add("a");
    Greeting b = greetings.add("b");
    GreetingTasks tasks = kit.create(GreetingTasks.class);
    tasks.perform("reply", List.of(String.valueOf(b.getId())), null);

    BulkResult result = tasks.perform("reply", List.of(String.valueOf(a.getId()), String.valueOf(b.getId()), "999",
        "not-a-number"), "Thanks, see you");

    assertThat(result.done()).containsExactly(String.valueOf(a.getId()));
    assertThat(result.failed()).containsOnlyKeys(String.valueOf(b.getId()), "999", "not-a-number");
    assertThat(result.failed().get(String.valueOf(b.getId()))).isEqualTo("alice 已回复过此问候。");
    assertThat(tasks.count(TaskBox.TODO)).isZero();
    assertThat(tasks.count(TaskBox.DONE)).isEqualTo(2);
    assertThat(tasks.tasks(query(TaskBox.DONE, "", 0, 10)).tasks()).filteredOn(t -> t.title().equals("a"))
        .singleElement().satisfies(t -> {
          assertThat(t.summary()).isEqualTo("Thanks, see you");
          assertThat(t.status()).isEqualTo("已回复");
        });
    assertThatThrownBy(() -> tasks.perform("delete", List.of("1"), null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void usersWithoutTheReplyPermissionCannotMarkReplied() {
    Greeting a = greetings.add("a");
    GreetingTasks tasks = kit.create(GreetingTasks.class);
    kit.user().signIn("bob", "hello:greeting:view");
    kit.user().locale(Locale.ENGLISH);

    BulkResult result = tasks.perform("reply", List.of(String.valueOf(a.getId())), null);

    assertThat(result.done()).isEmpty();
    assertThat(result.failed().get(String.valueOf(a.getId()))).startsWith("You may not answer greetings");
  }

  private static TaskQuery query(TaskBox box, String text, int offset, int limit) {
    return new TaskQuery(box, text, null, null, offset, limit);
  }
}
