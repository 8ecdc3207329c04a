package io.atrium.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The forms plugin in a real headless Chromium against the assembled distribution (where forms is
 * built in): a new form designed by dragging fields from the palette and reordering them with the
 * mouse, published after the preview, filled on a phone (375 px) with the browser's early check
 * first, found in the records list and the side menu, exported to CSV and Excel, and the CSV
 * imported back through the import page; then an approver opens a workflows task on such a record
 * from the to-do center, approves it with a comment, and the instance page shows the timeline, the
 * process diagram and links the approval record PDF; the approver delegates a task, takes it back,
 * approves it with a file attached, and names a stand-in for an out-of-office period.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FormsBrowserIT {

  private static final String ADMIN = "admin";
  private static final String FORMS = "forms";
  private static final String KEY = "e2e-supplies";
  private static final String APPROVER = "e2e-approver";
  private static final String APPROVER_PASSWORD = "Approve-It-2026!";

  private AtriumInstallation atrium;
  private PortalBrowser desktop;
  private PortalBrowser phone;
  private PortalBrowser active;
  private Path desktopProfile;
  private String title;

  @RegisterExtension
  final ScreenshotOnFailure screenshots = new ScreenshotOnFailure(() -> active == null ? null : active.driver());

  @BeforeAll
  @Timeout(value = 8, unit = TimeUnit.MINUTES)
  void startServerAndBrowser() throws Exception {
    Chromium.requireInstalled();
    ScreenshotOnFailure.forgetEarlierRuns(getClass());
    atrium = AtriumInstallation.copyOfDistribution("forms-browser-h2", Database.h2());
    atrium.start();
    atrium.awaitPluginState(FORMS, "ACTIVE", Duration.ofSeconds(90));
    desktopProfile = Chromium.freshProfile("forms-desktop");
    desktop = new PortalBrowser(Chromium.desktop(desktopProfile), atrium);
    active = desktop;
    title = "订购 " + Long.toString(System.nanoTime(), 36);
  }

  @AfterAll
  void stopBrowsersAndServer() {
    PortalBrowser.closeAll(atrium, phone, desktop);
  }

  @Test
  @Order(1)
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void aFormIsDesignedByDragAndDropAndPublished() {
    desktop.signIn(ADMIN, AtriumInstallation.ADMIN_PASSWORD);
    desktop.open("/forms/index.xhtml");
    desktop.visible(By.id("newFormButton")).click();
    desktop.visible(By.id("newForm:newName")).sendKeys("办公用品申领");
    desktop.visible(By.id("newForm:newKey")).sendKeys(KEY);
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("newForm:createForm")));
    assertThat(desktop.path()).endsWith("/forms/designer.xhtml");
    desktop.visible(By.id("fd-palette-text"));

    // three fields from the palette onto the section, by dragging with the mouse
    dragOnto(By.id("fd-palette-text"), By.id("fd-drop-0"));
    desktop.visible(By.id("fd-field-text1"));
    dragOnto(By.id("fd-palette-money"), By.id("fd-drop-0"));
    desktop.visible(By.id("fd-field-money1"));
    dragOnto(By.id("fd-palette-select"), By.id("fd-drop-0"));
    desktop.visible(By.id("fd-field-select1"));
    assertThat(fieldOrder()).as("after the first field every new form has").containsExactly("title", "text1",
        "money1", "select1");

    // reorder: the drop-down goes before the text, by dragging it onto the text's left half
    WebElement text = desktop.visible(By.id("fd-field-text1"));
    new Actions(desktop.driver()).clickAndHold(desktop.visible(By.id("fd-field-select1")))
        .moveToElement(text, -text.getSize().getWidth() / 4, 0).release().perform();
    desktop.await(d -> fieldOrder().equals(List.of("title", "select1", "text1", "money1")));

    // properties of the text field: label and required; two columns for the section
    desktop.visible(By.id("fd-field-text1")).click();
    WebElement label = desktop.visible(By.id("fd-prop-label"));
    label.sendKeys(Keys.chord(Keys.CONTROL, "a"), "事由");
    desktop.visible(By.id("fd-prop-required")).click();
    desktop.visible(By.id("fd-section-0-cols-2")).click();
    desktop.await(ExpectedConditions.textToBePresentInElementLocated(By.id("fd-field-text1"), "事由"));
    assertThat(desktop.visible(By.id("fd-field-text1")).getText()).contains("*");

    // the live preview at phone width folds the columns to one
    desktop.visible(By.id("previewPhone")).click();
    WebElement frame = desktop.visible(By.cssSelector("#fd-preview .fd-preview-frame"));
    assertThat(frame.getSize().getWidth()).isEqualTo(375);
    assertThat(desktop.text(By.id("fd-preview"))).contains("事由");
    desktop.visible(By.id("previewClose")).click();

    // publish: the draft is saved, the preview of the publication shown, then confirmed
    desktop.visible(By.id("publish")).click();
    desktop.awaitAjax();
    desktop.visible(By.id("publishForm:publishDialog"));
    assertThat(desktop.text(By.id("publishForm:publishDialog"))).as("the table steps name the fields").contains("text1");
    desktop.visible(By.id("publishForm:confirmPublish")).click();
    desktop.awaitAjax();
    desktop.await(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "版本 1 已发布"));
    desktop.await(ExpectedConditions.textToBePresentInElementLocated(By.id("designerVersion"), "版本 1"));
  }

  @Test
  @Order(2)
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void theFormIsFilledOnAPhone() throws Exception {
    phone = new PortalBrowser(Chromium.phone(Chromium.freshProfile("forms-phone")), atrium);
    active = phone;
    phone.open("/login.xhtml");
    phone.signIn(ADMIN, AtriumInstallation.ADMIN_PASSWORD);
    phone.open("/forms/fill.xhtml?form=" + KEY);
    assertThat(((Number) phone.script("return window.innerWidth;")).intValue()).isEqualTo(Chromium.PHONE_WIDTH);
    WebElement grid = phone.visible(By.cssSelector("#fillForm .ff-grid"));
    assertThat(String.valueOf(phone.script("return getComputedStyle(arguments[0]).gridTemplateColumns;", grid)))
        .as("two columns fold to one on a phone").doesNotContain(" ");
    assertNoHorizontalScrolling("fill page");

    // the browser's early check, in the server's words: the required text is empty, nothing is sent
    phone.tap(phone.visible(By.id("fillForm:submit")));
    phone.await(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("[data-field='text1'] .ff-client-error"), "请填写「事由」"));
    assertThat(phone.path()).endsWith("/forms/fill.xhtml");

    phone.visible(By.cssSelector("[data-field='text1'] input")).sendKeys(title);
    WebElement amount = phone.visible(By.cssSelector("[data-field='money1'] input[type='text']"));
    amount.sendKeys("88.5");
    choose("select1", "选项 1");
    assertNoHorizontalScrolling("filled form");
    System.out.println("Filled on a phone: " + ScreenshotOnFailure.save(phone.driver(), "FormsBrowserIT-fill-phone"));

    WebElement submit = phone.visible(By.id("fillForm:submit"));
    phone.script("arguments[0].scrollIntoView({block: 'center'}); window.atriumOldPage = true;", submit);
    phone.tap(submit);
    phone.await(d -> Boolean.TRUE.equals(phone.script("return window.atriumOldPage === undefined "
        + "&& document.readyState === 'complete';")));
    assertThat(phone.path()).endsWith("/forms/record.xhtml");
    assertThat(phone.text(By.id("recordSystem"))).contains("已提交");
    assertThat(phone.bodyText()).contains(title).contains("88.5").contains("选项 1");
    assertNoHorizontalScrolling("record");
  }

  @Test
  @Order(3)
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theRecordIsFoundInTheListAndTheMenu() {
    active = desktop;
    desktop.open("/index.xhtml");
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("menu-forms-records-" + KEY)));
    assertThat(desktop.path()).endsWith("/forms/records.xhtml");
    assertThat(desktop.text(By.id("recordsForm:records"))).contains(title).contains("选项 1");

    WebElement quick = desktop.visible(By.id("recordsForm:quick"));
    quick.sendKeys("no such words");
    desktop.visible(By.id("recordsForm:search")).click();
    desktop.awaitAjax();
    desktop.await(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
        By.id("recordsForm:records"), title)));
    desktop.visible(By.id("recordsForm:quick")).clear();
    desktop.visible(By.id("recordsForm:quick")).sendKeys(title);
    desktop.visible(By.id("recordsForm:search")).click();
    desktop.awaitAjax();
    desktop.await(ExpectedConditions.textToBePresentInElementLocated(By.id("recordsForm:records"), title));

    desktop.clickAndAwaitNewPage(desktop.visible(By.cssSelector("#recordsForm\\:records a.fr-open")));
    assertThat(desktop.path()).endsWith("/forms/record.xhtml");
    assertThat(desktop.bodyText()).contains(title);
  }

  @Test
  @Order(4)
  @Timeout(value = 4, unit = TimeUnit.MINUTES)
  void theListIsExportedAndTheExportImportedBack() throws Exception {
    active = desktop;
    desktop.open("/forms/records.xhtml?form=" + KEY);
    desktop.visible(By.id("recordsForm:exportCsv")).click();
    Path csv = downloaded(".csv");
    assertThat(Files.readString(csv, StandardCharsets.UTF_8)).as("the exported CSV").contains("事由").contains(title)
        .contains("88.5").contains("选项 1");
    desktop.visible(By.id("recordsForm:exportXlsx")).click();
    try (ZipFile workbook = new ZipFile(downloaded(".xlsx").toFile())) {
      assertThat(workbook.getEntry("xl/workbook.xml")).as("an Excel workbook").isNotNull();
    }

    // the export goes back in: columns mapped by their headers, checked, imported, counted
    desktop.clickAndAwaitNewPage(desktop.visible(By.cssSelector("a[id$='toImport']")));
    assertThat(desktop.path()).endsWith("/forms/import.xhtml");
    desktop.driver().findElement(By.id("uploadForm:file")).sendKeys(csv.toString());
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("uploadForm:upload")));
    assertThat(desktop.text(By.id("fileInfo"))).contains(csv.getFileName().toString());
    desktop.visible(By.id("importForm:run")).click();
    desktop.await(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "已导入 1 条记录"));

    desktop.open("/forms/records.xhtml?form=" + KEY);
    assertThat(desktop.text(By.id("recordsForm:records")).split(java.util.regex.Pattern.quote(title), -1))
        .as("the filled record and its imported copy").hasSize(3);
  }

  @Test
  @Order(5)
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void anApproverDecidesFromTheToDoListAndTheInstanceShowsTimelineDiagramAndPdf() throws Exception {
    // workflows is built in too: a process on this form, a record of the admin's submitted to it
    atrium.awaitPluginState("workflows", "ACTIVE", Duration.ofSeconds(90));
    long approver = created(atrium.postJson("/api/v1/users", "{\"username\": \"" + APPROVER + "\", \"displayName\": "
        + "\"王审批\", \"password\": \"" + APPROVER_PASSWORD + "\"}"));
    String process = "e2e-supplies-approval";
    created(atrium.postJson("/api/v1/workflows/definitions", "{\"source\": \"forms." + KEY + "\", \"definition\": "
        + "{\"key\": \"" + process + "\", \"name\": \"办公用品审批\", \"nodes\": ["
        + "{\"id\": \"start\", \"type\": \"start\", \"name\": \"提交\"},"
        + "{\"id\": \"lead\", \"type\": \"approver\", \"name\": \"主管审批\", \"approvers\": {\"type\": \"users\","
        + " \"users\": [" + approver + "]}, \"whenNobody\": \"reject\"},"
        + "{\"id\": \"amount\", \"type\": \"condition\", \"name\": \"金额\", \"branches\": ["
        + "{\"id\": \"big\", \"name\": \"超过一千\", \"when\": \"money1 > 1000\", \"nodes\": ["
        + "{\"id\": \"director\", \"type\": \"approver\", \"name\": \"总监审批\", \"approvers\": {\"type\": \"users\","
        + " \"users\": [" + approver + "]}, \"whenNobody\": \"reject\"}]},"
        + "{\"id\": \"normal\", \"name\": \"其他\", \"default\": true, \"nodes\": []}]},"
        + "{\"id\": \"end\", \"type\": \"end\", \"name\": \"结束\"}]}}"));
    HttpResponse<String> published = atrium.post("/api/v1/workflows/definitions/" + process + "/publish", true);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    String subject = "审批用 " + Long.toString(System.nanoTime(), 36);
    long record = created(atrium.postJson("/api/v1/forms/" + KEY + "/records", "{\"values\": {\"title\": \""
        + subject + "\", \"text1\": \"" + subject + "\", \"money1\": 120}}"));
    created(atrium.postJson("/api/v1/workflows/instances", "{\"actionId\": \"" + java.util.UUID.randomUUID()
        + "\", \"process\": \"" + process + "\", \"record\": \"forms." + KEY + "/" + record + "\"}"));

    // the approver finds the task in the to-do center and opens it
    active = desktop;
    desktop.forgetSession();
    desktop.signIn(APPROVER, APPROVER_PASSWORD);
    desktop.open("/todo.xhtml");
    WebElement entry = desktop.visible(By.xpath("//tbody[@id='todoForm:tasks_data']//a[contains(., '办公用品审批')]"));
    desktop.clickAndAwaitNewPage(entry);
    assertThat(desktop.path()).endsWith("/workflows/task.xhtml");
    assertThat(desktop.text(By.id("taskTitle"))).contains("办公用品审批").contains("主管审批");
    assertThat(desktop.text(By.id("recordFields"))).contains("事由").contains(subject).contains("120");
    assertThat(desktop.text(By.id("timeline"))).contains("提交");

    // approves with a comment; the instance page follows with the timeline and the diagram
    desktop.visible(By.id("taskForm:comment")).sendKeys("同意采购 <ok>");
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("taskForm:approve")));
    assertThat(desktop.path()).endsWith("/workflows/instance.xhtml");
    assertThat(desktop.text(By.id("instanceStatus"))).isEqualTo("已通过");
    assertThat(desktop.text(By.id("timeline"))).contains("王审批").contains("同意").contains("同意采购 <ok>")
        .contains("主管审批");
    assertThat(desktop.visible(By.cssSelector("#diagram svg g[data-node='lead']")).getDomAttribute("data-state"))
        .isEqualTo("passed");
    assertThat(desktop.driver().findElement(By.cssSelector("#diagram svg g[data-node='director']"))
        .getDomAttribute("data-state")).as("the branch over 1,000 was not taken").isEqualTo("untaken");
    assertThat(desktop.driver().findElement(By.cssSelector("#diagram svg g[data-node='end']"))
        .getDomAttribute("data-state")).isEqualTo("passed");
    System.out.println("Instance page: " + ScreenshotOnFailure.save(desktop.driver(), "FormsBrowserIT-approval"));

    // the printable approval record, in the approver's session
    String href = desktop.visible(By.id("pdfLink")).getDomProperty("href");
    Object type = ((org.openqa.selenium.JavascriptExecutor) desktop.driver()).executeAsyncScript(
        "var done = arguments[arguments.length - 1]; fetch(arguments[0], {credentials: 'same-origin'})"
            + ".then(function (r) { return r.arrayBuffer().then(function (b) { var head = new Uint8Array(b, 0, 5);"
            + " done(r.status + ' ' + r.headers.get('content-type') + ' ' + String.fromCharCode.apply(null, head)); }); })"
            + ".catch(function (e) { done('failed ' + e); });", href);
    assertThat(String.valueOf(type)).isEqualTo("200 application/pdf %PDF-");
  }

  @Test
  @Order(6)
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  void anApproverDelegatesTakesItBackAndNamesAStandInWhileAway() throws Exception {
    // a second record in the same process: the approver (signed in above) delegates its task to the admin
    String task = approverTask(startedOnNewRecord("委托用"));
    desktop.open("/workflows/task.xhtml?task=" + task);
    desktop.visible(By.id("taskForm:person")).sendKeys(ADMIN);
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("taskForm:delegate")));
    assertThat(desktop.path()).endsWith("/workflows/instance.xhtml");
    assertThat(desktop.text(By.id("timeline"))).contains("委托给");

    // the instance page offers to take it back while the admin has not acted
    desktop.clickAndAwaitNewPage(desktop.visible(By.cssSelector("button[id$=':reclaim']")));
    assertThat(desktop.text(By.id("timeline"))).contains("收回委托");
    assertThat(desktop.driver().findElements(By.cssSelector("button[id$=':reclaim']"))).isEmpty();

    // back with the approver: a file goes up with the task page's own form, and the approval carries it
    desktop.open("/workflows/task.xhtml?task=" + task);
    Path quote = Files.writeString(Files.createTempFile("报价单", ".txt"), "报价 80 元", StandardCharsets.UTF_8);
    desktop.driver().findElement(By.id("filesForm:uploads")).sendKeys(quote.toString());
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("filesForm:upload")));
    assertThat(desktop.text(By.id("taskForm:attached"))).contains(quote.getFileName().toString());
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("taskForm:approve")));
    assertThat(desktop.path()).endsWith("/workflows/instance.xhtml");
    assertThat(desktop.visible(By.cssSelector("#timeline a.wf-file")).getText())
        .isEqualTo(quote.getFileName().toString());

    // away for three days from today: the admin stands in, and a new task goes to them
    desktop.open("/workflows/approvals.xhtml");
    desktop.clickAndAwaitNewPage(desktop.visible(By.id("toOutOfOffice")));
    assertThat(desktop.text(By.id("outOfOfficeForm:state"))).contains("你没有设置外出委托");
    desktop.visible(By.id("outOfOfficeForm:standIn")).sendKeys(ADMIN);
    LocalDate today = LocalDate.now();
    typeDate("outOfOfficeForm:firstDay_input", today);
    typeDate("outOfOfficeForm:lastDay_input", today.plusDays(2));
    desktop.visible(By.id("outOfOfficeForm:save")).click();
    desktop.awaitAjax();
    assertThat(desktop.text(By.id("outOfOfficeForm:messages"))).contains("已保存");
    assertThat(desktop.text(By.id("outOfOfficeForm:state"))).contains("你正在外出");
    JsonObject away = startedOnNewRecord("外出用");
    assertThat(away.getJsonArray("tasks").getValuesAs(JsonObject.class))
        .anyMatch(t -> t.getString("status").equals("pending") && t.getString("origin").equals("outOfOffice"));

    desktop.visible(By.id("outOfOfficeForm:end")).click();
    desktop.awaitAjax();
    assertThat(desktop.text(By.id("outOfOfficeForm:messages"))).contains("已结束");
    approverTask(startedOnNewRecord("回来后"));
  }

  /** A record of the admin's on the supplies form with the approval process started on it. */
  private JsonObject startedOnNewRecord(String what) {
    String subject = what + " " + Long.toString(System.nanoTime(), 36);
    long record = created(atrium.postJson("/api/v1/forms/" + KEY + "/records", "{\"values\": {\"title\": \""
        + subject + "\", \"text1\": \"" + subject + "\", \"money1\": 80}}"));
    HttpResponse<String> started = atrium.postJson("/api/v1/workflows/instances", "{\"actionId\": \""
        + UUID.randomUUID() + "\", \"process\": \"e2e-supplies-approval\", \"record\": \"forms." + KEY + "/"
        + record + "\"}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    return AtriumInstallation.parse(started.body()).asJsonObject();
  }

  /** The pending task of the instance, which must be the approver's own (not a stand-in's). */
  private static String approverTask(JsonObject instance) {
    JsonObject task = instance.getJsonArray("tasks").getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("status").equals("pending")).findFirst()
        .orElseThrow(() -> new AssertionError("no pending task in " + instance));
    assertThat(task.getString("origin")).as(instance.toString()).isEqualTo("rule");
    return task.getString("id");
  }

  /** Types a day into a date picker's input (its calendar opens only from the icon). */
  private void typeDate(String inputId, LocalDate day) {
    WebElement input = desktop.visible(By.id(inputId));
    input.clear();
    input.sendKeys(day.toString(), Keys.TAB);
  }

  // -----------------------------------------------------------------------------------------------

  /** The id in a 201 answer's JSON. */
  private static long created(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    jakarta.json.JsonObject body = AtriumInstallation.parse(response.body()).asJsonObject();
    return body.containsKey("id") && body.get("id").getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
        ? body.getJsonNumber("id").longValue() : 0;
  }

  /** The file with this extension the desktop browser downloaded, once it is complete. */
  private Path downloaded(String extension) throws Exception {
    Path folder = Chromium.downloads(desktopProfile);
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      try (Stream<Path> files = Files.list(folder)) {
        Optional<Path> file = files.filter(f -> f.getFileName().toString().endsWith(extension)).findFirst();
        if (file.isPresent() && Files.size(file.get()) > 0) {
          return file.get();
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("No " + extension + " file was downloaded into " + folder + " within 30 s");
  }

  /**
   * Chooses an option of a drop-down with taps: open it, wait until its panel has stopped moving,
   * tap the option. A tap that lands while the panel still slides in is not taken, so it is tried
   * again (at most three times) until the drop-down shows the option.
   */
  private void choose(String field, String option) {
    By menu = By.cssSelector("[data-field='" + field + "'] .ui-selectonemenu");
    By label = By.cssSelector("[data-field='" + field + "'] .ui-selectonemenu-label");
    for (int attempt = 1; attempt <= 3; attempt++) {
      phone.tap(phone.visible(menu));
      WebElement item = phone.visible(By.cssSelector(".ui-selectonemenu-panel li[data-label='" + option + "']"));
      phone.await(d -> Boolean.TRUE.equals(phone.script("return !jQuery('.ui-selectonemenu-panel').is(':animated');")));
      phone.tap(item);
      try {
        new WebDriverWait(phone.driver(), Duration.ofSeconds(5))
            .until(ExpectedConditions.textToBePresentInElementLocated(label, option));
        phone.await(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-selectonemenu-panel")));
        return;
      } catch (org.openqa.selenium.TimeoutException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** Drags with the mouse as a person would: press, move onto the target's lower part, release. */
  private void dragOnto(By source, By target) {
    WebElement drop = desktop.visible(target);
    new Actions(desktop.driver()).clickAndHold(desktop.visible(source))
        .moveToElement(drop, 0, drop.getSize().getHeight() / 2 - 4).release().perform();
  }

  @SuppressWarnings("unchecked")
  private List<String> fieldOrder() {
    return (List<String>) desktop.script("return Array.prototype.map.call(document.querySelectorAll("
        + "'#fd-drop-0 > .fd-field'), function (f) { return f.getAttribute('data-name'); });");
  }

  private void assertNoHorizontalScrolling(String what) {
    Map<?, ?> sizes = (Map<?, ?>) phone.script("return {scroll: document.documentElement.scrollWidth, "
        + "inner: window.innerWidth};");
    assertThat(((Number) sizes.get("scroll")).intValue()).as("page width of the %s against the screen's %s", what,
        sizes.get("inner")).isLessThanOrEqualTo(((Number) sizes.get("inner")).intValue());
  }
}
