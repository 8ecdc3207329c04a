package io.atrium.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal in a real headless Chromium, against the assembled distribution started once with
 * {@code bin/atrium}: signing in and out, the lockout after five wrong passwords, side menus that
 * depend on permissions, the language switch with Chinese fonts, the to-do center on a phone, and
 * the plugin console. Users and roles are made through the REST API first. H2 by default;
 * {@code -Datrium.e2e.database=postgresql} runs it on the PostgreSQL test database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalBrowserIT {

  private static final String HELLO = "hello";
  private static final String ADMIN = "admin";
  private static final String PASSWORD = "Chromium-Tests-Pass-7";
  private static final String LOCKED = "e2e-locked";
  private static final String MEMBER = "e2e-member";
  private static final String VIEWER = "e2e-viewer";
  private static final String VIEWER_ROLE = "e2e-people-viewer";
  /** The admin console's side-menu entries, in menu order (io.atrium.web.portal.KernelMenu). */
  private static final List<String> ADMIN_MENU = List.of("menu-admin", "menu-admin-plugins", "menu-admin-users",
      "menu-admin-departments", "menu-admin-groups", "menu-admin-roles", "menu-admin-sessions",
      "menu-admin-tokens", "menu-admin-directory", "menu-admin-audit", "menu-admin-system");
  /** The lockout text of the login page with its time, yyyy-MM-dd HH:mm in the company's zone. */
  private static final Pattern LOCKED_TEXT = Pattern.compile("登录失败次数过多，登录已被锁定至 "
      + "(\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})。请届时再试，或请管理员解除锁定。");
  private static final DateTimeFormatter LOCK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private AtriumInstallation atrium;
  private PortalBrowser desktop;
  private PortalBrowser phone;
  /** The browser the running test uses: the one the screenshot on failure is taken of. */
  private PortalBrowser active;

  @RegisterExtension
  final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> active == null ? null : active.driver());

  @BeforeAll
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void startServerAndBrowser() throws Exception {
    Chromium.requireInstalled();
    ScreenshotOnFailure.forgetEarlierRuns(getClass());
    Database database = database();
    atrium = AtriumInstallation.copyOfDistribution(database instanceof Database.H2 ? "browser-h2" : "browser-postgresql",
        database);
    System.out.println("Browser tests on " + atrium.baseUrl() + " with " + database.kind());
    atrium.start();
    installHello();
    createUser(LOCKED, "锁定测试员");
    createUser(MEMBER, "普通成员");
    long viewer = createUser(VIEWER, "人员查看者");
    HttpResponse<String> role = atrium.postJson("/api/v1/roles", "{\"name\":\"" + VIEWER_ROLE + "\","
        + "\"description\":\"sees people\",\"permissions\":[\"atrium:users:view\"]}");
    assertThat(role.statusCode()).as("POST /api/v1/roles: %s", role.body()).isEqualTo(201);
    HttpResponse<String> granted = atrium.putJson("/api/v1/users/" + viewer + "/roles",
        "{\"roles\":[\"" + VIEWER_ROLE + "\"]}");
    assertThat(granted.statusCode()).as("PUT roles: %s", granted.body()).isEqualTo(200);
    desktop = new PortalBrowser(Chromium.desktop(Chromium.freshProfile("desktop")), atrium);
    active = desktop;
  }

  /** Every test starts signed out, whatever the one before left behind. */
  @BeforeEach
  void signedOut() {
    active = desktop;
    desktop.forgetSession();
  }

  @AfterAll
  void stopBrowsersAndServer() {
    PortalBrowser.closeAll(atrium, phone, desktop);
  }

  @Test
  @Order(1)
  @Timeout(value = 3, unit = TimeUnit.MINUTES)
  void adminSignsInAfterAWrongPasswordAndSignsOut() {
    desktop.open("/index.xhtml");
    assertThat(desktop.path()).as("a page behind the login sends to the login page").endsWith("/login.xhtml");

    desktop.submitLogin(ADMIN, "not-the-password");

    assertThat(desktop.visible(By.id("loginError")).getText()).isEqualTo("用户名或密码错误，或账号已停用。");
    assertThat(desktop.driver().findElements(By.id("loginLocked"))).isEmpty();

    desktop.signIn(ADMIN, AtriumInstallation.ADMIN_PASSWORD);

    assertThat(desktop.visible(By.cssSelector("h1.atrium-page-title")).getText()).startsWith("欢迎");
    assertThat(desktop.driver().findElements(By.id("loginError"))).isEmpty();

    desktop.visible(By.id("userMenuButton")).click();
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("logout")));

    assertThat(desktop.path()).endsWith("/login.xhtml");
    desktop.open("/index.xhtml");
    assertThat(desktop.path()).as("signed out: the workbench asks for a sign-in again").endsWith("/login.xhtml");
  }

  @Test
  @Order(2)
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void fiveWrongPasswordsLockTheAccountUntilTheAdminLiftsTheLock() {
    for (int attempt = 1; attempt <= 4; attempt++) {
      desktop.submitLogin(LOCKED, "wrong-password-" + attempt);
      assertThat(desktop.visible(By.id("loginError")).getText()).as("attempt %d", attempt)
          .isEqualTo("用户名或密码错误，或账号已停用。");
    }

    desktop.submitLogin(LOCKED, "wrong-password-5");

    String fifth = desktop.visible(By.id("loginLocked")).getText();
    assertThat(fifth).matches(LOCKED_TEXT);
    assertThat(desktop.driver().findElements(By.id("loginError"))).isEmpty();

    // now even the right password is refused, with the same time
    desktop.submitLogin(LOCKED, PASSWORD);

    assertThat(desktop.path()).endsWith("/login.xhtml");
    String locked = desktop.visible(By.id("loginLocked")).getText();
    Matcher time = LOCKED_TEXT.matcher(locked);
    assertThat(time.matches()).as(locked).isTrue();
    Instant until = lockedUntil(LOCKED);
    assertThat(time.group(1)).as("the time the page shows").isEqualTo(LOCK_TIME.format(until.atZone(ZoneId.systemDefault())));
    assertThat(until).isBetween(Instant.now().plus(Duration.ofMinutes(10)), Instant.now().plus(Duration.ofMinutes(16)));

    HttpResponse<String> lifted = atrium.delete("/api/v1/lockouts/account/" + LOCKED);
    assertThat(lifted.statusCode()).as("lifting the lockout: %s", lifted.body()).isEqualTo(204);

    desktop.signIn(LOCKED, PASSWORD);

    assertThat(desktop.text(By.id("userName"))).isEqualTo("锁定测试员");
    desktop.forgetSession();
  }

  @Test
  @Order(3)
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theSideMenuShowsWhatTheUserMayUse() {
    desktop.signIn(ADMIN, AtriumInstallation.ADMIN_PASSWORD);

    assertThat(desktop.idsStartingWith("menu-admin")).as("the administrator's admin section")
        .containsExactlyElementsOf(ADMIN_MENU);
    assertThat(desktop.text(By.id("menu-admin"))).isEqualTo("系统管理");
    assertThat(desktop.idsStartingWith("menu-")).contains("menu-home", "menu-todo", "menu-hello-greetings");
    desktop.forgetSession();

    desktop.signIn(MEMBER, PASSWORD);

    assertThat(desktop.idsStartingWith("menu-admin")).as("a member without permissions").isEmpty();
    assertThat(desktop.idsStartingWith("menu-")).as("a member's whole menu: anyone may be an approver")
        .containsExactly("menu-home", "menu-todo", "menu-workflows-approvals");
    desktop.forgetSession();

    desktop.signIn(VIEWER, PASSWORD);

    // people, departments and groups need atrium:users:view (KernelMenu)
    assertThat(desktop.idsStartingWith("menu-admin")).as("a member whose role grants atrium:users:view")
        .containsExactly("menu-admin", "menu-admin-users", "menu-admin-departments", "menu-admin-groups");
    assertThat(desktop.visible(By.id("menu-admin-users")).getText()).isEqualTo("人员");
    assertThat(desktop.visible(By.id("menu-admin-users")).getAttribute("href")).endsWith("/admin/users.xhtml");
    desktop.forgetSession();
  }

  @Test
  @Order(4)
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void chineseByDefaultThenEnglishAndBackThroughTheTopBar() throws IOException {
    desktop.signIn(ADMIN, AtriumInstallation.ADMIN_PASSWORD);

    assertChinese();
    Map<String, Object> glyphs = desktop.chineseGlyphs();
    assertThat(glyphs.get("different")).as("中 and 文 drawn with %s look different (no empty boxes)", glyphs.get("font"))
        .isEqualTo(Boolean.TRUE);
    assertThat(((Number) glyphs.get("inkZhong")).longValue()).as("ink of 中").isPositive();
    assertThat(((Number) glyphs.get("inkWen")).longValue()).as("ink of 文").isPositive();
    // for a person to look at: the workbench as a Chinese user sees it
    System.out.println("Workbench in Chinese: " + ScreenshotOnFailure.save(desktop.driver(), "PortalBrowserIT-workbench-zh-CN"));

    switchLanguage("topForm:langEn");

    assertThat(desktop.script("return document.documentElement.lang;")).isEqualTo("en");
    assertThat(desktop.visible(By.id("menu-home")).getText()).isEqualTo("Workbench");
    assertThat(desktop.visible(By.id("menu-todo")).getText()).startsWith("To-do");
    assertThat(desktop.text(By.id("menu-admin"))).isEqualTo("Administration");
    assertThat(desktop.visible(By.cssSelector("h1.atrium-page-title")).getText()).startsWith("Welcome");
    // the choice holds for the session, on other pages too
    desktop.open("/todo.xhtml");
    assertThat(desktop.visible(By.cssSelector("h1.atrium-page-title")).getText()).isEqualTo("To-do center");
    assertThat(desktop.driver().getTitle()).startsWith("To-do center");

    switchLanguage("topForm:langZh");

    assertThat(desktop.visible(By.cssSelector("h1.atrium-page-title")).getText()).isEqualTo("待办中心");
    desktop.open("/index.xhtml");
    assertChinese();
  }

  @Test
  @Order(5)
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void theToDoCenterWorksOnAPhone() throws IOException {
    phone = new PortalBrowser(Chromium.phone(Chromium.freshProfile("phone")), atrium);
    active = phone;
    phone.open("/login.xhtml");
    assertThat(((Number) phone.script("return window.innerWidth;")).intValue()).isEqualTo(Chromium.PHONE_WIDTH);
    phone.signIn(ADMIN, AtriumInstallation.ADMIN_PASSWORD);
    String marker = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

    // a greeting left on the hello plugin's page is a to-do of everyone who may answer it
    phone.open("/hello/index.xhtml");
    phone.visible(By.id("greetingForm:message")).sendKeys("你好 " + marker);
    phone.tap(phone.visible(By.id("greetingForm:add")));
    phone.awaitAjax();
    phone.await(ExpectedConditions.textToBePresentInElementLocated(By.id("greetingForm:greetings"), marker));

    phone.open("/todo.xhtml?q=" + marker);
    WebElement row = phone.visible(taskRow(marker));
    assertThat(row.getText()).contains("你好 " + marker).contains("待回复的问候").contains("等待回复");
    assertNoHorizontalScrolling("to-do center");

    // the side menu is folded away and comes out through the menu button
    assertThat(phone.driver().findElement(By.id("sideMenu")).isDisplayed()).as("side menu before the tap").isFalse();
    phone.tap(phone.visible(By.id("menuToggle")));
    WebElement todoEntry = phone.visible(By.id("menu-todo"));
    assertThat(phone.visible(By.id("menu-home")).isDisplayed()).isTrue();
    assertThat(((Number) phone.script("return arguments[0].getBoundingClientRect().right;", todoEntry)).doubleValue())
        .as("the menu entry lies within the screen").isLessThanOrEqualTo(Chromium.PHONE_WIDTH);
    assertNoHorizontalScrolling("open side menu");
    phone.tap(phone.visible(By.id("menuToggle")));
    phone.await(ExpectedConditions.invisibilityOfElementLocated(By.id("sideMenu")));

    // a bulk action with taps: select the task, mark it replied, confirm
    phone.tap(phone.visible(taskRow(marker)).findElement(By.cssSelector(".ui-chkbox-box")));
    phone.await(d -> "true".equals(d.findElement(taskRow(marker)).getAttribute("aria-selected")));
    phone.tap(phone.visible(By.id("todoForm:bulk_hello-greetings-reply")));
    phone.awaitAjax();
    WebElement dialog = phone.visible(By.id("todoForm:bulkDialog"));
    phone.await(ExpectedConditions.textToBePresentInElementLocated(By.id("bulkAction"), "标记为已回复：已选 1 条待办"));
    assertThat(dialog.getText()).contains("你好 " + marker);
    assertNoHorizontalScrolling("bulk dialog");
    phone.tap(phone.visible(By.id("todoForm:bulkConfirm")));
    phone.awaitAjax();

    WebElement results = phone.visible(By.id("todoForm:bulkResults"));
    phone.await(ExpectedConditions.invisibilityOfElementLocated(By.id("todoForm:bulkDialog")));
    assertThat(results.getText()).contains("标记为已回复：成功 1 条，未完成 0 条").contains("你好 " + marker);
    assertThat(phone.driver().findElements(By.cssSelector(".atrium-bulk-result.done"))).hasSize(1);
    phone.await(ExpectedConditions.invisibilityOfElementLocated(taskRow(marker)));
    assertThat(phone.visible(By.id("todoForm:tasks")).getText()).contains("这里没有待办。");
    assertNoHorizontalScrolling("bulk results");
    System.out.println("To-do center on a phone: " + ScreenshotOnFailure.save(phone.driver(), "PortalBrowserIT-todo-phone"));

    // the answered greeting moved to the done tab
    phone.open("/todo.xhtml?box=DONE&q=" + marker);
    assertThat(phone.visible(taskRow(marker)).getText()).contains("你好 " + marker).contains("已回复");
  }

  @Test
  @Order(6)
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void anAdministratorUploadsAndDisablesAPluginOnThePluginConsole() throws Exception {
    // the console page comes with the admin console; this test runs once the page is in the distribution
    assumeTrue(warHas("admin/plugins.xhtml"), "the distribution has no /admin/plugins.xhtml yet");
    desktop.signIn(ADMIN, AtriumInstallation.ADMIN_PASSWORD);
    HttpResponse<String> removed = atrium.delete("/api/v1/plugins/" + HELLO);
    assertThat(removed.statusCode()).as("uninstalling hello first: %s", removed.body()).isEqualTo(204);
    desktop.open("/admin/plugins.xhtml");
    assertThat(desktop.driver().findElements(pluginRow(HELLO))).isEmpty();

    desktop.driver().findElement(By.id("uploadForm:upload_input")).sendKeys(helloJar().toString());

    desktop.await(ExpectedConditions.visibilityOfElementLocated(pluginState(HELLO, "ACTIVE")));
    assertThat(desktop.visible(pluginRow(HELLO)).getText()).contains("Hello");
    assertThat(atrium.awaitPluginState(HELLO, "ACTIVE", Duration.ofSeconds(30)).getBoolean("enabled")).isTrue();

    desktop.visible(pluginButton(HELLO, "disable")).click();
    desktop.visible(By.id("confirmYes")).click();
    desktop.awaitAjax();

    desktop.await(ExpectedConditions.visibilityOfElementLocated(pluginState(HELLO, "DISABLED")));
    JsonObject hello = atrium.plugin(HELLO).orElseThrow();
    assertThat(hello.getString("state")).isEqualTo("DISABLED");
    assertThat(hello.getBoolean("enabled")).isFalse();
    assertThat(desktop.visible(pluginButton(HELLO, "enable")).isDisplayed()).isTrue();
    assertThat(desktop.driver().findElements(pluginButton(HELLO, "disable"))).isEmpty();
  }

  // -----------------------------------------------------------------------------------------------

  private void assertChinese() {
    assertThat(desktop.script("return document.documentElement.lang;")).isEqualTo("zh-CN");
    assertThat(desktop.visible(By.id("menu-home")).getText()).isEqualTo("工作台");
    assertThat(desktop.visible(By.id("menu-todo")).getText()).startsWith("待办");
    assertThat(desktop.visible(By.cssSelector("h1.atrium-page-title")).getText()).startsWith("欢迎");
    assertThat(desktop.driver().getTitle()).startsWith("工作台");
  }

  /** Opens the user menu in the top bar and follows a language link there. */
  private void switchLanguage(String linkId) {
    desktop.visible(By.id("userMenuButton")).click();
    desktop.clickAndAwaitNewPage(desktop.visible(By.id(linkId)));
  }

  private void assertNoHorizontalScrolling(String what) {
    Map<?, ?> sizes = (Map<?, ?>) phone.script("return {scroll: document.documentElement.scrollWidth, "
        + "inner: window.innerWidth};");
    assertThat(((Number) sizes.get("scroll")).intValue()).as("page width of the %s against the screen's %s", what,
        sizes.get("inner")).isLessThanOrEqualTo(((Number) sizes.get("inner")).intValue());
  }

  private static By taskRow(String marker) {
    return By.xpath("//tbody[@id='todoForm:tasks_data']/tr[contains(., '" + marker + "')]");
  }

  /** The plugin console's row of a plugin: the one whose id column says it. */
  private static By pluginRow(String id) {
    return By.xpath(pluginRowXpath(id));
  }

  /** The state tag of a plugin's row on the plugin console, when the plugin is in that state. */
  private static By pluginState(String id, String state) {
    return By.xpath(pluginRowXpath(id) + "//*[contains(concat(' ', @class, ' '), ' admin-state-" + state + " ')]");
  }

  /** A button of a plugin's row on the plugin console: enable, disable, uninstall, details. */
  private static By pluginButton(String id, String button) {
    return By.xpath(pluginRowXpath(id) + "//*[substring(@id, string-length(@id) - " + button.length()
        + ") = ':" + button + "']");
  }

  private static String pluginRowXpath(String id) {
    return "//tbody[@id='pluginsForm:plugins_data']/tr[.//*[contains(@id, ':pluginId') and normalize-space() = '"
        + id + "']]";
  }

  private Database database() {
    String name = System.getProperty("atrium.e2e.database", "h2").trim();
    if (name.equalsIgnoreCase("postgresql")) {
      if (!Database.postgresConfigured()) {
        fail("-Datrium.e2e.database=postgresql needs a database: set " + Database.postgresVariables());
      }
      return Database.postgres("browser");
    }
    if (!name.equalsIgnoreCase("h2")) {
      fail("-Datrium.e2e.database is h2 or postgresql, not " + name);
    }
    return Database.h2();
  }

  private void installHello() throws InterruptedException {
    HttpResponse<String> upload = atrium.postFile("/api/v1/plugins?filename=hello-plugin.jar",
        "application/java-archive", helloJar());
    assertThat(upload.statusCode()).as("uploading hello: %s", upload.body()).isEqualTo(201);
    atrium.awaitPluginState(HELLO, "ACTIVE", Duration.ofSeconds(30));
  }

  private static Path helloJar() {
    Path jar = Paths.get(System.getProperty("atrium.it.hello-jar", "target/it-plugins/hello-plugin.jar"))
        .toAbsolutePath();
    assertThat(jar).isRegularFile();
    return jar;
  }

  private long createUser(String username, String displayName) {
    HttpResponse<String> created = atrium.postJson("/api/v1/users", "{\"username\":\"" + username
        + "\",\"displayName\":\"" + displayName + "\",\"password\":\"" + PASSWORD + "\"}");
    assertThat(created.statusCode()).as("POST /api/v1/users %s: %s", username, created.body()).isEqualTo(201);
    return AtriumInstallation.parse(created.body()).asJsonObject().getJsonNumber("id").longValue();
  }

  /** Until when the account is locked, as the lockout list of the REST API says. */
  private Instant lockedUntil(String username) {
    HttpResponse<String> list = atrium.get("/api/v1/lockouts", true);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return AtriumInstallation.parse(list.body()).asJsonArray().stream().map(JsonValue::asJsonObject)
        .filter(entry -> "ACCOUNT".equals(entry.getString("kind")) && username.equals(entry.getString("subject")))
        .filter(entry -> !entry.isNull("lockedUntil"))
        .map(entry -> Instant.parse(entry.getString("lockedUntil")))
        .findFirst().orElseThrow(() -> new AssertionError("no lockout of " + username + " in " + list.body()));
  }

  private boolean warHas(String entry) {
    try (ZipFile war = new ZipFile(atrium.home().resolve("lib/ROOT.war").toFile())) {
      return war.getEntry(entry) != null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
