package io.atrium.kernel.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import io.atrium.testing.TestJars;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Notifications end to end: a greeting left on the example plugin's page notifies the
 * administrator in the app, by e-mail (to an SMTP server in this JVM, which the test server is
 * configured to use) and on the channels of a plugin; reading, preferences and retries.
 */
public abstract class NotificationTests extends ServerTest {

  private static final int SMTP_PORT = Integer.getInteger("atrium.it.smtp.port", 39425);
  private static final Duration WAIT = Duration.ofSeconds(90);
  private static final String PAGE = "/hello/index.xhtml";
  private static final String CHANNELS = "it-channels";

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1",
      ServerSetup.PROTOCOL_SMTP)).withPerMethodLifecycle(false);

  private AtriumClient.Browser browser;

  @BeforeEach
  void plugins() {
    if (!active("hello")) {
      assertThat(client.upload(helloJar()).statusCode()).isEqualTo(201);
    }
    if (!active(CHANNELS)) {
      HttpResponse<String> upload = client.upload(TestJars.notificationChannels(CHANNELS), CHANNELS + ".jar");
      assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
    }
    client.awaitPlugin(CHANNELS, p -> p != null && p.getString("state").equals("ACTIVE"), Duration.ofSeconds(30));
    assertThat(putPreferences("{\"settings\": []}").statusCode()).isEqualTo(200);
    browser = client.login("admin", adminPassword());
  }

  private boolean active(String id) {
    JsonObject plugin = client.plugin(id);
    return plugin != null && plugin.getString("state").equals("ACTIVE");
  }

  @Test
  void aGreetingNotifiesTheAdministratorInTheAppByMailAndOnThePluginsChannel() throws Exception {
    String marker = "你好 <b>" + System.nanoTime() + "</b>";
    JsonObject item = greet(marker);

    assertThat(item.getString("title")).isEqualTo("admin 留下了一条问候");
    assertThat(item.getString("body")).isEqualTo("“" + marker + "”");
    assertThat(item.getString("category")).isEqualTo("hello.greeting");
    assertThat(item.getString("source")).isEqualTo("hello");
    assertThat(item.getString("link")).isEqualTo(PAGE);
    assertThat(item.get("readAt")).as("JSON-B leaves out null values").isNull();

    MimeMessage mail = awaitMail(marker);
    assertThat(mail.getSubject()).isEqualTo("admin 留下了一条问候");
    assertThat(mail.getAllRecipients()[0].toString()).contains("admin@atrium.test");
    Multipart parts = (Multipart) mail.getContent();
    String plain = (String) parts.getBodyPart(0).getContent();
    String html = (String) parts.getBodyPart(1).getContent();
    assertThat(plain).contains(marker).contains("http://oa.atrium.test/hello/index.xhtml");
    assertThat(html).doesNotContain("<b>").contains(marker.replace("<", "&lt;").replace(">", "&gt;"))
        .contains("href=\"http://oa.atrium.test/hello/index.xhtml\"");

    String expected = "admin|zh-CN|admin 留下了一条问候|“" + marker + "”|http://oa.atrium.test" + PAGE;
    assertThat(awaitHealth(r -> r.contains(expected), "the recorder channel got the greeting for admin"))
        .contains(expected);
    JsonArray deliveries = deliveries("ALL", item.getJsonNumber("id").longValue());
    assertThat(deliveries.stream().map(d -> d.asJsonObject().getString("channel") + ":"
        + d.asJsonObject().getString("status"))).contains("email:DELIVERED", "it-recorder:DELIVERED");

    HttpResponse<String> list = browser.get("/notifications.xhtml");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("admin 留下了一条问候").contains(marker.replace("<", "&lt;").replace(">", "&gt;"))
        .contains("id=\"notifyForm:markAllRead\"").doesNotContain(marker);

    // "open" as the link's script posts it: the row's link and the notification's id
    long id = item.getJsonNumber("id").longValue();
    Map<String, String> click = new LinkedHashMap<>();
    click.put("notifyForm", "notifyForm");
    click.put("notifyForm:items:0:open", "notifyForm:items:0:open");
    click.put("id", String.valueOf(id));
    click.put("page", "1");
    click.put("unread", "false");
    click.put("jakarta.faces.ViewState", viewState(list.body()));
    HttpResponse<String> open = browser.postForm("/notifications.xhtml", click);
    assertThat(open.statusCode()).as(open.body()).isEqualTo(302);
    assertThat(open.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(PAGE));
    assertThat(inbox(false).getJsonArray("items").stream().map(v -> v.asJsonObject())
        .filter(n -> n.getJsonNumber("id").longValue() == id).findFirst().orElseThrow().get("readAt")).isNotNull();
  }

  @Test
  void notificationsAreMarkedReadOneByOneOrAllAtOnce() {
    JsonObject first = greet("first " + System.nanoTime());
    JsonObject second = greet("second " + System.nanoTime());
    long unread = inbox(false).getJsonNumber("unread").longValue();
    assertThat(unread).isGreaterThanOrEqualTo(2);

    assertThat(client.post("/api/v1/notifications/" + first.getJsonNumber("id") + "/read").statusCode())
        .isEqualTo(204);
    JsonObject afterOne = inbox(true);
    assertThat(afterOne.getJsonNumber("unread").longValue()).isEqualTo(unread - 1);
    assertThat(ids(afterOne)).contains(second.getJsonNumber("id").longValue())
        .doesNotContain(first.getJsonNumber("id").longValue());
    assertThat(client.post("/api/v1/notifications/99999999/read").statusCode()).isEqualTo(404);

    HttpResponse<String> all = client.post("/api/v1/notifications/read-all");
    assertThat(AtriumClient.json(all).asJsonObject().getInt("marked")).isEqualTo((int) unread - 1);
    assertThat(inbox(false).getJsonNumber("unread").longValue()).isZero();
    assertThat(ids(inbox(true))).isEmpty();
    HttpResponse<String> list = browser.get("/notifications.xhtml?unread=true");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("您没有未读通知").doesNotContain("id=\"notifyForm:markAllRead\"");

    HttpResponse<String> anonymous = client.send(client.request("/api/v1/notifications").GET());
    assertThat(anonymous.statusCode()).isEqualTo(401);
  }

  @Test
  void turningEMailOffOnTheSettingsPageStopsTheMails() {
    HttpResponse<String> page = browser.get("/me/notifications.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> channels = channelColumns(page.body());
    assertThat(channels).contains("email", "it-recorder", "it-flaky");
    assertThat(page.body()).contains("电子邮件").contains("Recorder").contains("全部通知");

    // every box ticked except those of the e-mail column: the form sends only ticked boxes
    Map<String, String> form = new LinkedHashMap<>();
    form.put("prefsForm", "prefsForm");
    form.put("prefsForm:save", "save");
    form.put("jakarta.faces.ViewState", viewState(page.body()));
    int rows = rowCount(page.body());
    for (int row = 0; row < rows; row++) {
      for (int column = 0; column < channels.size(); column++) {
        if (!channels.get(column).equals("email")) {
          form.put("prefsForm:rows:" + row + ":cols:" + column + ":on", "on");
        }
      }
    }
    HttpResponse<String> saved = browser.postForm("/me/notifications.xhtml", form);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
    assertThat(browser.get("/me/notifications.xhtml?saved=true").body()).contains("通知设置已保存");

    JsonObject preferences = AtriumClient.json(client.get("/api/v1/me/notification-preferences")).asJsonObject();
    assertThat(preferences.getJsonArray("settings").stream().map(s -> s.asJsonObject().getString("channel") + ":"
        + s.asJsonObject().getString("category") + ":" + s.asJsonObject().getBoolean("enabled")))
        .contains("email:*:false", "it-flaky:*:true");

    String marker = "quiet " + System.nanoTime();
    JsonObject item = greet(marker);
    awaitHealth(r -> r.contains(marker), "the recorder channel got the greeting");
    JsonArray deliveries = deliveries("ALL", item.getJsonNumber("id").longValue());
    assertThat(deliveries.stream().map(d -> d.asJsonObject().getString("channel"))).doesNotContain("email")
        .contains("it-recorder");
    assertThat(findMail(marker)).isEmpty();
  }

  @Test
  void aPluginChannelThatFailsIsRetriedUntilItTakesTheDelivery() {
    assertThat(putPreferences("{\"settings\": [{\"channel\": \"it-flaky\", \"category\": \"*\", \"enabled\": true},"
        + " {\"channel\": \"email\", \"category\": \"hello.greeting\", \"enabled\": false}]}").statusCode())
        .isEqualTo(200);
    JsonObject item = greet("retry " + System.nanoTime());
    long id = item.getJsonNumber("id").longValue();
    try {
      JsonObject firstFailure = await(() -> flaky(id).filter(d -> d.getInt("attempts") >= 1), "a first failed attempt");
      assertThat(firstFailure.getString("status")).isEqualTo("PENDING");
      assertThat(firstFailure.getString("lastError")).contains("IM gateway busy");
      JsonArray problems = AtriumClient.json(client.get("/api/v1/notifications/deliveries")).asJsonObject()
          .getJsonArray("items");
      assertThat(problems.stream().map(p -> p.asJsonObject().getJsonNumber("id").longValue()))
          .contains(firstFailure.getJsonNumber("id").longValue());
      JsonObject status = AtriumClient.json(client.get("/api/v1/notifications/status")).asJsonObject();
      assertThat(status.getJsonObject("counts").getJsonNumber("retrying").longValue()).isPositive();
      assertThat(status.getJsonArray("channels").stream().map(c -> c.asJsonObject().getString("id")))
          .contains("email", "it-flaky", "it-recorder");

      // the retries are 15 s and 30 s away: move the server's clock instead of waiting
      JsonObject delivered = await(() -> {
        client.postJson("/api/v1/system/clock", "{\"advanceSeconds\": 31}");
        return flaky(id).filter(d -> d.getString("status").equals("DELIVERED"));
      }, "the flaky channel to take the delivery");
      assertThat(delivered.getInt("attempts")).isEqualTo(3);
      assertThat(delivered.get("lastError")).isNull();
      assertThat(awaitHealth(r -> r.contains("flakyDelivered="), "the report")).doesNotContain("flakyDelivered=0");
    } finally {
      client.postJson("/api/v1/system/clock", "{\"reset\": true}");
    }
  }

  // ------------------------------------------------------------------------------- helpers

  /** Leaves a greeting on the example plugin's page and returns the in-app notification it caused. */
  private JsonObject greet(String message) {
    browser.get(PAGE);
    HttpResponse<String> ajax = browser.ajax(PAGE, "greetingForm", "greetingForm:add",
        Map.of("greetingForm:message", message));
    assertThat(ajax.statusCode()).isEqualTo(200);
    return await(() -> inbox(false).getJsonArray("items").stream().map(v -> v.asJsonObject())
        .filter(n -> n.getString("body", "").equals("“" + message + "”")).findFirst(), "the notification of " + message);
  }

  private JsonObject inbox(boolean unreadOnly) {
    HttpResponse<String> response = client.get("/api/v1/notifications?limit=100&unreadOnly=" + unreadOnly);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return AtriumClient.json(response).asJsonObject();
  }

  private static List<Long> ids(JsonObject page) {
    return page.getJsonArray("items").stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
  }

  private JsonArray deliveries(String status, long notificationId) {
    HttpResponse<String> response = client.get("/api/v1/notifications/deliveries?status=" + status
        + "&notification=" + notificationId);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return AtriumClient.json(response).asJsonObject().getJsonArray("items");
  }

  private Optional<JsonObject> flaky(long notificationId) {
    return deliveries("ALL", notificationId).stream().map(v -> v.asJsonObject())
        .filter(d -> d.getString("channel").equals("it-flaky")).findFirst();
  }

  private HttpResponse<String> putPreferences(String json) {
    return client.send(client.asAdmin("/api/v1/me/notification-preferences").header("Content-Type",
        "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  private MimeMessage awaitMail(String marker) {
    return await(() -> findMail(marker), "an e-mail about " + marker);
  }

  /** The mail to admin carrying the marker; other test classes of the run may have made more administrators. */
  private static Optional<MimeMessage> findMail(String marker) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
      try {
        return m.getAllRecipients()[0].toString().contains("admin@atrium.test")
            && ((String) ((Multipart) m.getContent()).getBodyPart(0).getContent()).contains(marker);
      } catch (Exception e) {
        return false;
      }
    }).findFirst();
  }

  private String awaitHealth(java.util.function.Predicate<String> condition, String what) {
    return await(() -> Optional.of(client.send(client.request("/health/ready").GET()).body()).filter(condition), what);
  }

  private static <T> T await(Supplier<Optional<T>> probe, String what) {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<T> value = probe.get();
      if (value.isPresent()) {
        return value.get();
      }
      AtriumClient.sleep(300);
    }
    throw new AssertionError("Waited " + WAIT + " in vain for " + what);
  }

  private static List<String> channelColumns(String page) {
    Matcher matcher = Pattern.compile("data-channel=\"([^\"]+)\"").matcher(page);
    List<String> channels = new java.util.ArrayList<>();
    while (matcher.find()) {
      channels.add(matcher.group(1));
    }
    return channels;
  }

  private static int rowCount(String page) {
    Matcher matcher = Pattern.compile("data-category=\"").matcher(page);
    int rows = 0;
    while (matcher.find()) {
      rows++;
    }
    return rows;
  }

  private static String viewState(String page) {
    Matcher matcher = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
    return matcher.find() ? matcher.group(1) : "";
  }
}
