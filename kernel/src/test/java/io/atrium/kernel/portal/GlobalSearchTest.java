package io.atrium.kernel.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.security.CallerContext;
import io.atrium.sdk.portal.SearchHit;
import io.atrium.sdk.portal.SearchProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GlobalSearchTest {

  private final ProviderCalls calls = new ProviderCalls(8);
  private final CountDownLatch release = new CountDownLatch(1);

  @AfterEach
  void stop() {
    release.countDown();
    calls.close();
    ThreadContext.remove();
    CallerContext.clear();
  }

  @Test
  void groupsHitsByProviderUnderTheTranslatedLabelBestFirst() {
    Fakes<SearchProvider> fakes = new Fakes<SearchProvider>()
        .add("notes", "notes-search", provider("notes", "notes.search", text -> List.of(
            hit("Low", 0.1), hit("High " + text, 0.9), hit("Mid", 0.5))))
        .add("crm", "crm-search", provider("leads", "crm.search.leads", text -> List.of(hit("Lead " + text, 1))))
        .add("docs", "docs-search", provider("docs", "docs.search", text -> List.of()))
        .text("notes.search", "Notes").text("crm.search.leads", "Leads");

    SearchResults results = search(fakes).search("  acme ", Locale.SIMPLIFIED_CHINESE, 2);

    assertThat(results.text()).isEqualTo("acme");
    assertThat(results.groups()).extracting(SearchGroup::pluginId, SearchGroup::label)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("crm", "zh:Leads"),
            org.assertj.core.groups.Tuple.tuple("notes", "zh:Notes"));
    assertThat(results.groups().get(1).hits()).extracting(SearchHit::title).containsExactly("High acme", "Mid");
    assertThat(results.groups().get(1).domId()).isEqualTo("notes-notes");
    assertThat(results.unavailable()).isEmpty();
    assertThat(results.count()).isEqualTo(3);
  }

  @Test
  void aFailingProviderIsLeftOutAndNamedTheOthersStillShow() {
    Fakes<SearchProvider> fakes = new Fakes<SearchProvider>()
        .add("broken", "b", provider("b", "broken.search", text -> {
          throw new IllegalStateException("index corrupt");
        }))
        .add("notes", "n", provider("n", "notes.search", text -> List.of(hit("found", 1))))
        .text("broken.search", "Broken").text("notes.search", "Notes");

    SearchResults results = search(fakes).search("x", Locale.ENGLISH, 10);

    assertThat(results.groups()).extracting(SearchGroup::label).containsExactly("Notes");
    assertThat(results.unavailable()).containsExactly("Broken");
  }

  @Test
  void aSlowProviderIsLeftOutAfterAboutOneSecond() {
    Fakes<SearchProvider> fakes = new Fakes<SearchProvider>()
        .add("slow", "s", provider("s", "slow.search", text -> {
          await(release);
          return List.of(hit("late", 1));
        }))
        .add("fast", "f", provider("f", "fast.search", text -> List.of(hit("quick", 1))))
        .text("slow.search", "Slow");
    GlobalSearch search = new GlobalSearch(fakes.parts(), calls, GlobalSearch.BUDGET);

    long start = System.nanoTime();
    SearchResults results = search.search("x", Locale.ENGLISH, 10);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(results.groups()).extracting(SearchGroup::pluginId).containsExactly("fast");
    assertThat(results.unavailable()).containsExactly("Slow");
    assertThat(took).isBetween(Duration.ofMillis(900), Duration.ofSeconds(5));
  }

  @Test
  void providersAnswerInParallelSoOneBudgetCoversThemAll() {
    AtomicInteger running = new AtomicInteger();
    CountDownLatch allIn = new CountDownLatch(3);
    Fakes<SearchProvider> fakes = new Fakes<>();
    for (String id : List.of("a1", "b1", "c1")) {
      fakes.add(id, id, provider(id, id + ".search", text -> {
        running.incrementAndGet();
        allIn.countDown();
        // each waits for the others: only works if they run at the same time
        await(allIn);
        return List.of(hit(id, 1));
      }));
    }

    SearchResults results = search(fakes).search("x", Locale.ENGLISH, 10);

    assertThat(results.groups()).hasSize(3);
    assertThat(running).hasValue(3);
  }

  @Test
  void providersRunAsTheSignedInUserWithTheCallersLanguage() {
    DefaultSecurityManager securityManager = new DefaultSecurityManager();
    Subject alice = new Subject.Builder(securityManager).principals(new SimplePrincipalCollection("alice", "test"))
        .authenticated(true).buildSubject();
    ThreadContext.bind(alice);
    CallerContext.set(new CallerContext("10.0.0.7", "test-agent", Locale.ENGLISH));
    AtomicReference<Object> seenPrincipal = new AtomicReference<>();
    AtomicReference<Locale> seenLocale = new AtomicReference<>();
    AtomicReference<String> seenThread = new AtomicReference<>();
    Fakes<SearchProvider> fakes = new Fakes<SearchProvider>().add("notes", "n", provider("n", "notes.search", text -> {
      seenPrincipal.set(ThreadContext.getSubject() == null ? null : ThreadContext.getSubject().getPrincipal());
      seenLocale.set(CallerContext.current().locale());
      seenThread.set(Thread.currentThread().getName());
      return List.of(hit("x", 1));
    }));

    search(fakes).search("x", Locale.ENGLISH, 10);

    assertThat(seenPrincipal).hasValue("alice");
    assertThat(seenLocale).hasValue(Locale.ENGLISH);
    assertThat(seenThread.get()).startsWith("atrium-portal-");
  }

  @Test
  void blankTextAsksNobody() {
    AtomicInteger asked = new AtomicInteger();
    Fakes<SearchProvider> fakes = new Fakes<SearchProvider>().add("notes", "n", provider("n", "k", text -> {
      asked.incrementAndGet();
      return List.of();
    }));

    assertThat(search(fakes).search("   ", Locale.ENGLISH, 10).nothingFound()).isTrue();
    assertThat(search(fakes).search(null, Locale.ENGLISH, 10).nothingFound()).isTrue();
    assertThat(asked).hasValue(0);
  }

  @Test
  void stoppedPluginsAreNotAskedAndUnsafeLinksAreDropped() {
    AtomicInteger askedStopped = new AtomicInteger();
    Fakes<SearchProvider> fakes = new Fakes<SearchProvider>()
        .add("gone", "g", provider("g", "k", text -> {
          askedStopped.incrementAndGet();
          return List.of(hit("x", 1));
        }))
        .stop("gone")
        .add("notes", "n", provider("n", "k", text -> List.of(new SearchHit("evil", "", "/\\evil.example", 1),
            hit("good", 0.5))));

    SearchResults results = search(fakes).search("x", Locale.ENGLISH, 10);

    assertThat(askedStopped).hasValue(0);
    assertThat(results.groups()).singleElement().satisfies(group -> assertThat(group.hits())
        .extracting(SearchHit::title).containsExactly("good"));
  }

  @Test
  void longTextIsCutAndTheLimitPassedOn() {
    List<Integer> limits = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    Fakes<SearchProvider> fakes = new Fakes<SearchProvider>().add("notes", "n", new SearchProvider() {
      @Override
      public String id() {
        return "n";
      }

      @Override
      public String labelKey() {
        return "k";
      }

      @Override
      public List<SearchHit> search(String text, Locale locale, int limit) {
        limits.add(limit);
        texts.add(text);
        return List.of();
      }
    });

    search(fakes).search("y".repeat(500), Locale.ENGLISH, 7);

    assertThat(limits).containsExactly(7);
    assertThat(texts.get(0)).hasSize(GlobalSearch.MAX_TEXT);
  }

  private GlobalSearch search(Fakes<SearchProvider> fakes) {
    return new GlobalSearch(fakes.parts(), calls, Duration.ofSeconds(5));
  }

  private static SearchHit hit(String title, double score) {
    return new SearchHit(title, "", "/x/" + title.replace(' ', '-'), score);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static SearchProvider provider(String id, String labelKey, Function<String, List<SearchHit>> answer) {
    return new SearchProvider() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public String labelKey() {
        return labelKey;
      }

      @Override
      public List<SearchHit> search(String text, Locale locale, int limit) {
        return answer.apply(text);
      }
    };
  }
}
