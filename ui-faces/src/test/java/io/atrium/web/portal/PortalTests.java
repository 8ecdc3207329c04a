package io.atrium.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.portal.TaskRef;
import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.testing.TestJars;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The portal shell on a real server with the example plugin: its widget on the workbench, its
 * greetings in the global search (grouped, escaped) and as to-dos with a bulk action; a plugin
 * whose portal contributions throw; the menu and the language.
 */
public abstract class PortalTests extends ServerTest {

  private static final String HELLO = "/hello/index.xhtml";
  private static final String FIXTURE = "brokenportal";
  private static final Pattern ROW = Pattern.compile("<tr[^>]*data-rk=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

  private AtriumClient.Browser browser;

  @BeforeEach
  void installHello() {
    JsonObject hello = client.plugin("hello");
    if (hello == null || !"ACTIVE".equals(hello.getString("state"))) {
      client.delete("/api/v1/plugins/" + FIXTURE);
      assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    }
    browser = client.login("admin", adminPassword());
  }

  @AfterEach
  void removeFixture() {
    if (client.plugin(FIXTURE) != null) {
      client.delete("/api/v1/plugins/" + FIXTURE);
    }
  }

  @Test
  void theShellHasTheSearchBoxUserMenuAndTheFullMenuForTheAdministrator() {
    HttpResponse<String> page = browser.get("/index.xhtml");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("id=\"globalSearch\"").contains("id=\"searchBox\"").contains("name=\"q\"")
        .contains("id=\"userMenu\"").contains("id=\"user-password\"").contains("/me/password.xhtml")
        .contains("/me/sessions.xhtml").contains("/me/tokens.xhtml").contains("/me/notifications.xhtml")
        .contains("id=\"logout\"").contains("id=\"topForm:langEn\"")
        .contains("id=\"menu-home\"").contains("id=\"menu-todo\"").contains("id=\"menu-hello-greetings\"")
        .contains("id=\"menu-admin\"").contains("id=\"menu-admin-plugins\"").contains("id=\"menu-admin-audit\"")
        .contains("系统管理");
    // main entries, then the plugins', then the admin console
    assertThat(page.body().indexOf("id=\"menu-todo\"")).isLessThan(page.body().indexOf("id=\"menu-hello-greetings\""));
    assertThat(page.body().indexOf("id=\"menu-hello-greetings\"")).isLessThan(page.body().indexOf("id=\"menu-admin\""));
  }

  @Test
  void theWorkbenchShowsTheWidgetOfTheExamplePlugin() {
    String marker = "widget-" + System.nanoTime();
    greet(marker);

    String page = browser.get("/index.xhtml").body();

    assertThat(page).contains("id=\"widget-hello-greetings\"").contains("条已保存的问候").contains(marker)
        .contains("id=\"apps\"");
    assertThat(section(page, "widget-hello-greetings")).contains("atrium-kpi").contains("<h2 class=\"atrium-widget-title\">问候</h2>")
        .doesNotContain("atrium-widget-failed");
  }

  @Test
  void searchGroupsResultsByPluginAndEscapesThem() {
    String needle = "needle" + System.nanoTime();
    greet("<b>" + needle + "</b> and <script>alert(1)</script>");

    HttpResponse<String> page = browser.get("/search.xhtml?q=" + needle);

    assertThat(page.statusCode()).isEqualTo(200);
    String group = section(page.body(), "search-hello-greetings");
    assertThat(group).contains("问候").contains("&lt;b&gt;" + needle + "&lt;/b&gt;")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("href=\"/hello/index.xhtml\"");
    assertThat(page.body()).doesNotContain("<b>" + needle).doesNotContain("<script>alert(1)")
        .contains("value=\"" + needle + "\"");

    String hostile = browser.get("/search.xhtml?q=" + URLEncoder.encode("<img src=x onerror=alert(2)>",
        StandardCharsets.UTF_8)).body();
    assertThat(hostile).doesNotContain("<img src=x").contains("&lt;img src=x onerror=alert(2)&gt;");
    assertThat(browser.get("/search.xhtml").body()).contains("id=\"searchPrompt\"");
  }

  @Test
  void toDoTabsCountAndABulkActionReportsEachTask() {
    String marker = "todo" + System.nanoTime();
    greet(marker + "-one");
    greet(marker + "-two");

    // other tests leave to-dos behind: find this test's ones with the text filter
    String todo = browser.get("/todo.xhtml?q=" + marker).body();
    long before = count(todo, "todo");
    long doneBefore = count(todo, "done");
    assertThat(todo).contains("id=\"tab-todo\"").contains("id=\"tab-done\"").contains("id=\"tab-cc\"")
        .contains("id=\"tab-started\"").contains("id=\"todoForm:bulk_hello-greetings-reply\"")
        .contains("标记为已回复").contains("等待回复").contains("id=\"todoCount\"");
    assertThat(before).isGreaterThanOrEqualTo(2);
    String one = rowKey(todo, marker + "-one");
    String two = rowKey(todo, marker + "-two");

    HttpResponse<String> dialog = browser.ajax("/todo.xhtml?q=" + marker, "todoForm", "todoForm:bulk_hello-greetings-reply",
        Map.of("todoForm:tasks_selection", one + "," + two));
    assertThat(dialog.statusCode()).isEqualTo(200);
    assertThat(dialog.body()).contains("bulkDialogBody").contains(marker + "-one").contains(marker + "-two")
        .contains("意见（选填）").contains("PF('bulkDialog').show()");

    HttpResponse<String> done = browser.ajax("/todo.xhtml?q=" + marker, "todoForm", "todoForm:bulkConfirm",
        Map.of("todoForm:comment", "谢谢 " + marker));
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(done.body()).contains("atrium-bulk-results").contains("标记为已回复：成功 2 条，未完成 0 条");
    assertThat(done.body().split("atrium-bulk-result done", -1)).hasSize(3);

    String after = browser.get("/todo.xhtml?q=" + marker).body();
    assertThat(count(after, "todo")).isEqualTo(before - 2);
    assertThat(count(after, "done")).isEqualTo(doneBefore + 2);
    assertThat(after).doesNotContain(marker + "-one");
    String doneTab = browser.get("/todo.xhtml?box=DONE&q=" + marker).body();
    assertThat(doneTab).contains(marker + "-one").contains(marker + "-two").contains("谢谢 " + marker)
        .contains("已回复").contains("atrium-tab active\"");
    // the greetings page shows who replied
    assertThat(browser.get(HELLO).body()).contains("回复人");
  }

  @Test
  void filtersNarrowTheListAndStayInTheAddress() {
    String marker = "filter" + System.nanoTime();
    greet(marker + "-kept");

    String filtered = browser.get("/todo.xhtml?q=" + marker + "&source=hello/greetings&from=2000-01-01&to=2999-12-31")
        .body();
    String elsewhere = browser.get("/todo.xhtml?q=" + marker + "&to=2000-01-01").body();

    assertThat(filtered).contains(marker + "-kept").contains("id=\"filterForm:q\"").contains("value=\"" + marker + "\"");
    assertThat(ROW.matcher(filtered).results().count()).isEqualTo(1);
    assertThat(elsewhere).doesNotContain(marker + "-kept").contains("这里没有待办");
    // the tab links keep the filters
    assertThat(filtered).containsPattern("id=\"tab-done\"[^>]*href=\"[^\"]*box=DONE[^\"]*q=" + marker);
    assertThat(browser.get("/todo.xhtml?box=nonsense&from=yesterday").statusCode()).isEqualTo(200);
  }

  @Test
  void brokenContributionsShowAsErrorsAndTheRestStillWorks() {
    String marker = "survivor" + System.nanoTime();
    greet(marker);
    assertThat(client.upload(TestJars.brokenPortal(FIXTURE), FIXTURE + ".jar").statusCode()).isEqualTo(201);
    client.awaitPlugin(FIXTURE, p -> p != null && "ACTIVE".equals(p.getString("state")), Duration.ofSeconds(60));

    HttpResponse<String> home = browser.get("/index.xhtml");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(section(home.body(), "widget-brokenportal-broken")).contains("atrium-widget-failed")
        .contains("插件“brokenportal”的这张卡片无法显示").doesNotContain("report server unreachable");
    assertThat(section(home.body(), "widget-hello-greetings")).contains(marker);

    HttpResponse<String> search = browser.get("/search.xhtml?q=" + marker);
    assertThat(search.statusCode()).isEqualTo(200);
    assertThat(search.body()).contains("id=\"searchUnavailable\"").contains("brokenportal.search")
        .contains("id=\"search-hello-greetings\"").contains(marker);

    HttpResponse<String> todo = browser.get("/todo.xhtml?q=" + marker);
    assertThat(todo.statusCode()).isEqualTo(200);
    assertThat(todo.body()).contains("data-source=\"brokenportal/broken\"").contains("“brokenportal.tasks”的待办无法加载")
        .contains(marker).doesNotContain("workflow engine down");
    assertThat(browser.get("/todo.xhtml?q=Approval+fixture").body()).contains("Approval fixture one")
        .contains("Approval fixture two");
  }

  @Test
  void anActionThatNeedsACommentAsksForOneAndMixedSelectionsAreReportedPerTask() {
    String marker = "mixed" + System.nanoTime();
    greet(marker);
    assertThat(client.upload(TestJars.brokenPortal(FIXTURE), FIXTURE + ".jar").statusCode()).isEqualTo(201);
    client.awaitPlugin(FIXTURE, p -> p != null && "ACTIVE".equals(p.getString("state")), Duration.ofSeconds(60));
    String page = "/todo.xhtml?q=" + marker;
    String greeting = rowKey(browser.get(page).body(), marker);
    // a selection may span pages and filters: a row key names its task by itself
    String approval = new TaskRef(FIXTURE + "/approvals", "ap-1").key();
    String approve = "todoForm:bulk_brokenportal-approvals-approve";

    HttpResponse<String> dialog = browser.ajax(page, "todoForm", approve,
        Map.of("todoForm:tasks_selection", approval + "," + greeting));
    assertThat(dialog.body()).contains("意见（必填）");
    HttpResponse<String> refused = browser.ajax(page, "todoForm", "todoForm:bulkConfirm",
        Map.of("todoForm:comment", "  "));
    assertThat(refused.body()).contains("此操作需要填写意见").doesNotContain("atrium-bulk-result done");

    Map<String, String> withComment = new LinkedHashMap<>();
    withComment.put("todoForm:comment", "approved in the weekly meeting");
    HttpResponse<String> done = browser.ajax(page, "todoForm", "todoForm:bulkConfirm", withComment);
    assertThat(done.body()).contains("brokenportal.approve：成功 1 条，未完成 1 条")
        .contains("未应用到此条");
    assertThat(browser.get("/todo.xhtml?q=Approval+fixture").body()).doesNotContain("Approval fixture one")
        .contains("Approval fixture two");
    assertThat(browser.get(page).body()).contains(marker);
  }

  @Test
  void theChosenLanguageReachesThePluginsThroughTheSession() {
    String marker = "lang" + System.nanoTime();
    greet(marker);
    String todo = "/todo.xhtml?q=" + marker;
    String page = browser.get(todo).body();
    assertThat(page).contains("待办中心").contains("等待回复");

    HttpResponse<String> english = browser.postForm(todo, Map.of("topForm", "topForm",
        "topForm:langEn", "topForm:langEn", "jakarta.faces.ViewState", viewState(page)));
    assertThat(english.statusCode()).isIn(200, 302);

    String after = browser.get(todo).body();
    // texts of the portal, and of the plugin, which reads the language from CurrentUser on its own thread
    assertThat(after).contains("To-do center").contains("Waiting for a reply").contains("Mark replied")
        .contains("lang=\"en\"");
    assertThat(browser.get("/search.xhtml?q=" + marker).body()).containsPattern("\\d+ result\\(s\\) for");
    browser.postForm(todo, Map.of("topForm", "topForm", "topForm:langZh", "topForm:langZh",
        "jakarta.faces.ViewState", viewState(after)));
    assertThat(browser.get(todo).body()).contains("等待回复");
  }

  // --------------------------------------------------------------------------------------------

  private void greet(String message) {
    browser.get(HELLO);
    HttpResponse<String> added = browser.ajax(HELLO, "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", message));
    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(added.body()).doesNotContain("hello-error");
  }

  /** The number on a tab of the to-do center. */
  private static long count(String page, String tab) {
    Matcher matcher = Pattern.compile("id=\"count-" + tab + "\"[^>]*>(\\d+)<").matcher(page);
    assertThat(matcher.find()).as("count of tab " + tab).isTrue();
    return Long.parseLong(matcher.group(1));
  }

  /** The row key of the table row that mentions the text. */
  private static String rowKey(String page, String text) {
    List<String> keys = ROW.matcher(page).results().filter(r -> r.group(2).contains(text)).map(r -> r.group(1))
        .toList();
    assertThat(keys).as("rows mentioning " + text).hasSize(1);
    return keys.get(0);
  }

  /** The HTML of the element with this id, up to the end of its section. */
  private static String section(String page, String id) {
    int start = page.indexOf("id=\"" + id + "\"");
    assertThat(start).as("element " + id).isNotNegative();
    int end = page.indexOf("</section>", start);
    return page.substring(start, end < 0 ? page.length() : end);
  }

  private static String viewState(String page) {
    Matcher matcher = Pattern.compile("id=\"j_id1:jakarta.faces.ViewState:\\d+\" value=\"([^\"]+)\"").matcher(page);
    return matcher.find() ? matcher.group(1) : "";
  }
}
