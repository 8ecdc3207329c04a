package io.atrium.web.faces;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.AtriumServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Plugin pages served from the plugin bundle through the Faces bridge: the page, its controller,
 * its texts and static files, the menu entry; and what a user sees when the plugin stops.
 */
class PluginPagesIT extends AtriumServer {

  private static final String PAGE = "/hello/index.xhtml";

  private AtriumClient.Browser browser;

  @BeforeEach
  void installHello() {
    client.uninstallAllDataPlugins();
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    browser = client.login("admin", adminPassword());
  }

  @Test
  void pagesNeedASignedInUser() {
    HttpResponse<String> anonymous = client.send(client.request(PAGE).GET());

    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(
        "/login.xhtml"));
  }

  @Test
  void thePluginPageRendersWithItsControllerTextsAndMenuEntry() {
    HttpResponse<String> page = browser.get(PAGE);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("已保存的问候").contains("id=\"greetingForm:add\"")
        .contains("data-plugin=\"hello\"").contains("/hello/index.xhtml")
        .contains("hello.css.xhtml?ln=hello");
    HttpResponse<String> css = browser.get("/jakarta.faces.resource/hello.css.xhtml?ln=hello");
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.body()).contains(".hello-count");
  }

  @Test
  void aGreetingAddedOnThePageIsStoredEscapedAndStaysAfterReinstall() {
    browser.get(PAGE);
    String marker = "<b>bold-" + System.nanoTime() + "</b>";
    HttpResponse<String> ajax = browser.ajax(PAGE, "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", marker));

    assertThat(ajax.statusCode()).isEqualTo(200);
    assertThat(ajax.body()).contains("<partial-response").contains("&lt;b&gt;bold-").doesNotContain(marker);

    assertThat(client.delete("/api/v1/plugins/hello").statusCode()).isEqualTo(204);
    assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    assertThat(browser.get(PAGE).body()).contains(marker.replace("<", "&lt;").replace(">", "&gt;"));
  }

  @Test
  void anEmptyGreetingShowsTheTranslatedError() {
    browser.get(PAGE);
    HttpResponse<String> ajax = browser.ajax(PAGE, "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", "   "));

    assertThat(ajax.body()).contains("请先输入问候内容");
  }

  @Test
  void aDisabledPluginsPageAnswers404AndItsMenuEntryVanishes() {
    browser.get(PAGE);
    assertThat(client.post("/api/v1/plugins/hello/disable").statusCode()).isEqualTo(200);

    HttpResponse<String> page = browser.get(PAGE);
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("hello").contains("未运行");
    assertThat(browser.get("/index.xhtml").body()).doesNotContain("data-plugin=\"hello\"");
    assertThat(browser.get("/jakarta.faces.resource/hello.css.xhtml?ln=hello").statusCode()).isEqualTo(404);

    client.post("/api/v1/plugins/hello/enable");
    assertThat(browser.get(PAGE).statusCode()).isEqualTo(200);
    assertThat(browser.get("/index.xhtml").body()).contains("data-plugin=\"hello\"");
  }

  @Test
  void ajaxToTheViewOfAStoppedPluginRedirectsToAnExplanation() {
    browser.get(PAGE);
    client.post("/api/v1/plugins/hello/disable");

    HttpResponse<String> ajax = browser.ajax(PAGE, "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", "anyone there?"));

    assertThat(ajax.statusCode()).isEqualTo(200);
    assertThat(ajax.body()).contains("<partial-response>").contains("<redirect url=\"/plugin-unavailable.xhtml?plugin=hello\"");
    HttpResponse<String> explanation = browser.get("/plugin-unavailable.xhtml?plugin=hello");
    assertThat(explanation.statusCode()).isEqualTo(200);
    assertThat(explanation.body()).contains("插件“hello”");
    client.post("/api/v1/plugins/hello/enable");
  }

  @Test
  void theLanguageSwitchesToEnglish() {
    String page = browser.get(PAGE).body();
    assertThat(page).contains("id=\"topForm:langEn\"");

    HttpResponse<String> english = browser.postForm(PAGE, Map.of("topForm", "topForm",
        "topForm:langEn", "topForm:langEn", "jakarta.faces.ViewState", viewState(page)));

    assertThat(english.body()).contains("Greetings stored").contains("Sign out");
    assertThat(browser.get("/index.xhtml").body()).contains("Workbench");
  }

  private static String viewState(String page) {
    var matcher = java.util.regex.Pattern.compile("id=\"j_id1:jakarta.faces.ViewState:\\d+\" value=\"([^\"]+)\"")
        .matcher(page);
    return matcher.find() ? matcher.group(1) : "";
  }
}
