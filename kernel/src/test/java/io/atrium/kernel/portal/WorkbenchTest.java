package io.atrium.kernel.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.atrium.sdk.portal.WidgetContent;
import io.atrium.sdk.portal.WidgetItem;
import io.atrium.sdk.portal.WorkbenchWidget;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkbenchTest {

  private final ProviderCalls calls = new ProviderCalls(8);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    calls.close();
  }

  @Test
  void cardsComeInTheWidgetsOrderThenByPlugin() {
    Fakes<WorkbenchWidget> fakes = new Fakes<WorkbenchWidget>()
        .add("zeta", "z", widget("z", 10, null, () -> WidgetContent.kpi("1", "", null)))
        .add("alpha", "late", widget("late", 500, null, () -> WidgetContent.kpi("2", "", null)))
        .add("alpha", "early", widget("early", 10, null, () -> WidgetContent.kpi("3", "", null)))
        .text("title.early", "Early");

    List<WorkbenchCard> cards = workbench(fakes).cards(p -> true, Locale.ENGLISH);

    assertThat(cards).extracting(WorkbenchCard::pluginId, WorkbenchCard::widgetId)
        .containsExactly(tuple("alpha", "early"), tuple("zeta", "z"), tuple("alpha", "late"));
    assertThat(cards.get(0).title()).isEqualTo("Early");
    assertThat(cards.get(1).title()).isEqualTo("title.z");
    assertThat(cards.get(0).kpi()).isTrue();
  }

  @Test
  void widgetsNeedingAPermissionTheUserLacksAreHidden() {
    Fakes<WorkbenchWidget> fakes = new Fakes<WorkbenchWidget>()
        .add("crm", "pipeline", widget("pipeline", 1, "crm:deal:view", () -> WidgetContent.kpi("9", "", null)))
        .add("crm", "public", widget("public", 2, null, () -> WidgetContent.kpi("1", "", null)))
        .add("hr", "leave", widget("leave", 3, "hr:leave:view", () -> WidgetContent.kpi("4", "", null)));
    Set<String> held = Set.of("hr:leave:view");

    List<WorkbenchCard> cards = workbench(fakes).cards(held::contains, Locale.ENGLISH);

    assertThat(cards).extracting(WorkbenchCard::widgetId).containsExactly("public", "leave");
  }

  @Test
  void aThrowingWidgetBecomesAnErrorCardAndTheOthersStillShow() {
    Fakes<WorkbenchWidget> fakes = new Fakes<WorkbenchWidget>()
        .add("broken", "b", widget("b", 1, null, () -> {
          throw new IllegalStateException("database down");
        }))
        .add("good", "g", widget("g", 2, null, () -> WidgetContent.list(List.of(new WidgetItem("a", "1", "/good/a")),
            "/good/all")))
        .text("title.b", "Broken card");

    List<WorkbenchCard> cards = workbench(fakes).cards(p -> true, Locale.ENGLISH);

    assertThat(cards).hasSize(2);
    assertThat(cards.get(0).failed()).isTrue();
    assertThat(cards.get(0).title()).isEqualTo("Broken card");
    assertThat(cards.get(0).error()).contains("broken").contains("could not be shown");
    assertThat(cards.get(0).items()).isEmpty();
    assertThat(cards.get(1).failed()).isFalse();
    assertThat(cards.get(1).items()).extracting(WidgetItem::label).containsExactly("a");
    assertThat(cards.get(1).moreLink()).isEqualTo("/good/all");
  }

  @Test
  void errorCardsAreTranslated() {
    Fakes<WorkbenchWidget> fakes = new Fakes<WorkbenchWidget>().add("broken", "b", widget("b", 1, null, () -> {
      throw new IllegalStateException("x");
    }));

    assertThat(workbench(fakes).cards(p -> true, Locale.SIMPLIFIED_CHINESE).get(0).error()).contains("无法显示");
  }

  @Test
  void aWidgetThatDoesNotAnswerInTimeBecomesAnErrorCard() {
    Fakes<WorkbenchWidget> fakes = new Fakes<WorkbenchWidget>()
        .add("slow", "s", widget("s", 1, null, () -> {
          await(release);
          return WidgetContent.kpi("late", "", null);
        }))
        .add("fast", "f", widget("f", 2, null, () -> WidgetContent.kpi("1", "", null)));

    List<WorkbenchCard> cards = new Workbench(fakes.parts(), calls, Duration.ofMillis(300)).cards(p -> true,
        Locale.ENGLISH);

    assertThat(cards.get(0).failed()).isTrue();
    assertThat(cards.get(0).error()).contains("did not answer in time");
    assertThat(cards.get(1).failed()).isFalse();
  }

  @Test
  void aWidgetWhosePermissionCannotBeReadStaysHidden() {
    WorkbenchWidget confused = new WorkbenchWidget() {
      @Override
      public String id() {
        return "c";
      }

      @Override
      public String titleKey() {
        return "c.title";
      }

      @Override
      public Optional<String> permission() {
        throw new IllegalStateException("no idea");
      }

      @Override
      public WidgetContent content(Locale locale) {
        return WidgetContent.kpi("secret", "", null);
      }
    };
    Fakes<WorkbenchWidget> fakes = new Fakes<WorkbenchWidget>().add("c", "c", confused);

    assertThat(workbench(fakes).cards(p -> true, Locale.ENGLISH)).isEmpty();
  }

  @Test
  void stoppedPluginsShowNoCardsAndListsShowTenLinesWithLocalLinksOnly() {
    List<WidgetItem> many = IntStream.range(0, 15).mapToObj(i -> new WidgetItem("item " + i, "", "/x/" + i))
        .toList();
    Fakes<WorkbenchWidget> fakes = new Fakes<WorkbenchWidget>()
        .add("gone", "g", widget("g", 1, null, () -> WidgetContent.kpi("1", "", null)))
        .stop("gone")
        .add("lists", "l", widget("l", 2, null, () -> new WidgetContent(null, "", many, "/\\evil")));

    List<WorkbenchCard> cards = workbench(fakes).cards(p -> true, Locale.ENGLISH);

    assertThat(cards).singleElement().satisfies(card -> {
      assertThat(card.items()).hasSize(WorkbenchCard.MAX_ITEMS);
      assertThat(card.moreLink()).isNull();
      assertThat(card.kpi()).isFalse();
    });
  }

  private Workbench workbench(Fakes<WorkbenchWidget> fakes) {
    return new Workbench(fakes.parts(), calls, Duration.ofSeconds(5));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static WorkbenchWidget widget(String id, int order, String permission, Supplier<WidgetContent> content) {
    return new WorkbenchWidget() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String titleKey() {
        return "title." + id;
      }

      @Override
      public int order() {
        return order;
      }

      @Override
      public Optional<String> permission() {
        return Optional.ofNullable(permission);
      }

      @Override
      public WidgetContent content(Locale locale) {
        return content.get();
      }
    };
  }
}
