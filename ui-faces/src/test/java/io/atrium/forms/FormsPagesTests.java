package io.atrium.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.ServerTest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forms pages on the real server, driven through the pages alone as a browser would post
 * them: the forms list and a new form, the designer's save with the server's problems and its
 * publish preview, filling a form (errors at their fields, a concurrent edit refused), the records
 * list with search, delete and restore, the detail page, and who may open which page.
 */
public abstract class FormsPagesTests extends ServerTest {

  private static final String PASSWORD = "Forms-Pages-2026!";
  private static final Pattern VIEW_STATE = Pattern.compile(
      "name=\"jakarta.faces.ViewState\" id=\"[^\"]+\" value=\"([^\"]+)\"");
  private static final Pattern RECORD_ID = Pattern.compile("/forms/record\\.xhtml\\?form=[a-z0-9-]+&id=(\\d+)");
  private static final String FIELD = "fillForm:sections:0:fields:";

  private AtriumClient.Browser admin;

  @BeforeEach
  void formsPlugin() {
    formsPluginActive();
    admin = client.login("admin", adminPassword());
  }


  private static String schema(String key) {
    return """
        {"key": "%s", "name": {"zh-CN": "用品申领", "en": "Supplies"},
         "sections": [
          {"title": "申领", "columns": 2, "fields": [
            {"name": "title", "type": "text", "label": "事由", "required": true, "maxLength": 50, "filterable": true},
            {"name": "amount", "type": "money", "label": "金额", "min": 0, "scale": 2, "filterable": true},
            {"name": "day", "type": "date", "label": "日期"},
            {"name": "kind", "type": "select", "label": "类别", "filterable": true,
             "options": [{"value": "pen", "label": "笔"}, {"value": "paper", "label": "纸"}]},
            {"name": "urgent", "type": "switch", "label": "加急"},
            {"name": "note", "type": "textarea", "label": "备注"},
            {"name": "items", "type": "subtable", "label": "明细", "fields": [
              {"name": "what", "type": "text", "label": "物品", "required": true},
              {"name": "qty", "type": "integer", "label": "数量", "min": 1}]}
          ]}],
         "rules": [{"when": "amount > 500", "require": ["note"]}]
        }""".formatted(key);
  }

  /** Creates a form on the forms list and returns the answer of the create button. */
  private HttpResponse<String> createOnTheList(AtriumClient.Browser browser, String key, String name) {
    browser.get("/forms/index.xhtml");
    return browser.ajax("/forms/index.xhtml", "newForm", "newForm:createForm",
        Map.of("newForm:newName", name, "newForm:newKey", key));
  }

  /** Saves a schema in the designer as the script does; intent "save" or "publish". */
  private HttpResponse<String> saveInTheDesigner(String key, String schemaJson, String intent) {
    return admin.ajax("/forms/designer.xhtml?form=" + key, "designerForm", "designerForm:saveButton",
        "designerForm messages publishForm", Map.of("designerForm:schema", schemaJson, "designerForm:intent", intent));
  }

  /** A form created, saved and published through the pages. */
  private String published(String key) {
    assertThat(createOnTheList(admin, key, "用品申领").body()).contains("<redirect");
    admin.get("/forms/designer.xhtml?form=" + key);
    assertThat(saveInTheDesigner(key, schema(key), "publish").body()).contains("data-saved=\"true\"");
    HttpResponse<String> published = admin.ajax("/forms/designer.xhtml?form=" + key, "publishForm",
        "publishForm:confirmPublish", "messages historyForm designerVersion", Map.of());
    assertThat(published.body()).contains("版本 1 已发布");
    return key;
  }

  /** Submits a record on the fill page; returns its id. */
  private long submitted(AtriumClient.Browser browser, String key, String title) {
    String page = browser.get("/forms/fill.xhtml?form=" + key).body();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("fillForm", "fillForm");
    values.put(FIELD + "0:text", title);
    values.put(FIELD + "1:money_input", "CNY 20.00");
    values.put(FIELD + "1:money_hinput", "20.00");
    values.put(FIELD + "3:select_input", "pen");
    values.put("fillForm:submit", "fillForm:submit");
    values.put("jakarta.faces.ViewState", viewState(page));
    HttpResponse<String> submitted = browser.postForm("/forms/fill.xhtml?form=" + key, values);
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(302);
    Matcher id = RECORD_ID.matcher(submitted.headers().firstValue("Location").orElseThrow());
    assertThat(id.find()).isTrue();
    return Long.parseLong(id.group(1));
  }

  private static String viewState(String page) {
    Matcher matcher = VIEW_STATE.matcher(page);
    assertThat(matcher.find()).as("the page has a view state").isTrue();
    return matcher.group(1);
  }

  @Test
  void theFormsListOffersANewFormThatOpensInTheDesigner() {
    String key = unique("new");
    HttpResponse<String> list = admin.get("/forms/index.xhtml");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains("id=\"newFormButton\"").contains("data-plugin=\"forms\"");

    HttpResponse<String> created = createOnTheList(admin, key, "新表单");

    assertThat(created.body()).contains("<redirect url=\"/forms/designer.xhtml?form=" + key + "\"");
    HttpResponse<String> designer = admin.get("/forms/designer.xhtml?form=" + key);
    assertThat(designer.statusCode()).isEqualTo(200);
    assertThat(designer.body()).contains("id=\"designerConfig\"").contains("designer.js.xhtml?ln=forms")
        .contains("id=\"designerForm:schema\"").contains("&quot;" + key + "&quot;")
        .contains("单行文本").contains("新表单");
    assertThat(admin.get("/forms/index.xhtml").body()).contains("data-form=\"" + key + "\"");

    assertThat(createOnTheList(admin, key, "再来").body()).contains("已有标识为 " + key).doesNotContain("<redirect");
    assertThat(createOnTheList(admin, "Bad Key", "坏").body()).contains("标识只能包含小写字母");
  }

  @Test
  void theFormsListInstallsAnAppTemplateWithSampleRecordsAndOffersPublicIntake() {
    String key = unique("tpl");
    HttpResponse<String> list = admin.get("/forms/index.xhtml");
    assertThat(list.body()).contains("id=\"newFromTemplateButton\"").contains("线索登记").contains("费用报销");

    HttpResponse<String> installed = admin.ajax("/forms/index.xhtml", "templateForm", "templateForm:installTemplate",
        Map.of("templateForm:templateChoice", "lead", "templateForm:templateKey", key,
            "templateForm:sampleData_input", "on"));

    assertThat(installed.body()).contains("<redirect url=\"/forms/records.xhtml?form=" + key + "\"");
    assertThat(AtriumClient.json(client.get("/api/v1/forms/" + key + "/records")).asJsonObject()
        .getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(3);
    assertThat(admin.get("/forms/index.xhtml").body()).contains("data-form=\"" + key + "\"").contains("公开收集");
    HttpResponse<String> taken = admin.ajax("/forms/index.xhtml", "templateForm", "templateForm:installTemplate",
        Map.of("templateForm:templateChoice", "lead", "templateForm:templateKey", key));
    assertThat(taken.body()).contains("已有标识为 " + key).doesNotContain("<redirect");
  }

  @Test
  void theDesignerSavesShowsTheServersProblemsAndPublishesAfterThePreview() {
    String key = unique("design");
    createOnTheList(admin, key, "用品申领");
    String page = admin.get("/forms/designer.xhtml?form=" + key).body();
    assertThat(page).contains("id=\"publish\"").contains("id=\"saveDraft\"");

    String broken = schema(key).replace("\"name\": \"day\"", "\"name\": \"title\"");
    HttpResponse<String> refused = saveInTheDesigner(key, broken, "save");
    assertThat(refused.body()).contains("data-saved=\"false\"").contains("$.sections[0].fields[2].name")
        .contains("草稿未保存");

    HttpResponse<String> preview = saveInTheDesigner(key, schema(key), "publish");
    assertThat(preview.body()).contains("data-saved=\"true\"").contains("data-intent=\"publish\"")
        .contains("id=\"publishChanges\"").contains("id=\"publishSteps\"");

    HttpResponse<String> published = admin.ajax("/forms/designer.xhtml?form=" + key, "publishForm",
        "publishForm:confirmPublish", "messages historyForm designerVersion", Map.of());
    assertThat(published.body()).contains("版本 1 已发布").contains("data-version=\"1\"");
    assertThat(admin.get("/forms/fill.xhtml?form=" + key).statusCode()).isEqualTo(200);
  }

  @Test
  void fillingShowsTheServersProblemsAtTheirFieldsAndSubmitsARecord() {
    String key = published(unique("fill"));
    String page = admin.get("/forms/fill.xhtml?form=" + key).body();
    assertThat(page).contains("data-field=\"title\"").contains("data-field=\"amount\"").contains("data-field=\"items\"")
        .contains("data-client=\"{").contains("&quot;when&quot;:&quot;amount &gt; 500&quot;")
        .contains("ff-cols-2").contains("fill.js.xhtml?ln=forms");

    Map<String, String> empty = new LinkedHashMap<>();
    empty.put("fillForm", "fillForm");
    empty.put("fillForm:submit", "fillForm:submit");
    empty.put("jakarta.faces.ViewState", viewState(page));
    HttpResponse<String> invalid = admin.postForm("/forms/fill.xhtml?form=" + key, empty);
    assertThat(invalid.statusCode()).isEqualTo(200);
    assertThat(invalid.body()).contains("ff-server-error").contains(" ff-invalid\" data-field=\"title\"");

    long id = submitted(admin, key, "<i>订笔</i>");

    HttpResponse<String> detail = admin.get("/forms/record.xhtml?form=" + key + "&id=" + id);
    assertThat(detail.body()).contains("&lt;i&gt;订笔&lt;/i&gt;").contains("CNY 20").contains("笔")
        .doesNotContain("<i>订笔</i>").contains("id=\"history\"").contains("id=\"edit\"");
  }

  @Test
  void aRecordChangedByOthersMeanwhileIsNotOverwritten() {
    String key = published(unique("conflict"));
    long id = submitted(admin, key, "原来");
    String edit = "/forms/fill.xhtml?form=" + key + "&id=" + id;
    String mine = admin.get(edit).body();
    assertThat(mine).contains("value=\"原来\"");
    AtriumClient.Browser colleague = client.login("admin", adminPassword());
    Map<String, String> theirs = new LinkedHashMap<>();
    theirs.put("fillForm", "fillForm");
    theirs.put(FIELD + "0:text", "别人改的");
    theirs.put("fillForm:submit", "fillForm:submit");
    theirs.put("jakarta.faces.ViewState", viewState(colleague.get(edit).body()));
    assertThat(colleague.postForm(edit, theirs).statusCode()).isEqualTo(302);

    Map<String, String> values = new LinkedHashMap<>();
    values.put("fillForm", "fillForm");
    values.put(FIELD + "0:text", "我改的");
    values.put("fillForm:submit", "fillForm:submit");
    values.put("jakarta.faces.ViewState", viewState(mine));
    HttpResponse<String> stale = admin.postForm(edit, values);

    assertThat(stale.statusCode()).isEqualTo(200);
    assertThat(stale.body()).contains("其他人修改了这条记录").contains("id=\"fillForm:reload\"");
    assertThat(admin.get("/forms/record.xhtml?form=" + key + "&id=" + id).body()).contains("别人改的")
        .doesNotContain("我改的");
  }

  @Test
  void theRecordsListSearchesDeletesToTheBinAndRestores() {
    String key = published(unique("list"));
    long first = submitted(admin, key, "第一条");
    submitted(admin, key, "第二条");
    String path = "/forms/records.xhtml?form=" + key;

    String page = admin.get(path).body();
    assertThat(page).contains("第一条").contains("第二条").contains("id=\"recordsForm:columns\"")
        .contains("data-filter=\"kind\"");
    HttpResponse<String> searched = admin.ajax(path, "recordsForm", "recordsForm:search",
        Map.of("recordsForm:quick", "第一"));
    assertThat(searched.body()).contains("第一条").doesNotContain("第二条");

    admin.get(path);
    HttpResponse<String> deleted = admin.ajax(path, "recordsForm", "recordsForm:deleteSelected",
        Map.of("recordsForm:records:0:pick", "on", "recordsForm:records:1:pick", "on"));
    assertThat(deleted.body()).contains("已将 2 条记录移到回收站");
    assertThat(admin.get(path).body()).doesNotContain("第一条").contains("没有符合条件的记录");

    String bin = path + "&bin=1";
    assertThat(admin.get(bin).body()).contains("第一条").contains("id=\"recordsForm:restoreSelected\"");
    HttpResponse<String> restored = admin.ajax(bin, "recordsForm", "recordsForm:restoreSelected",
        Map.of("recordsForm:records:0:pick", "on"));
    assertThat(restored.body()).contains("已恢复 1 条记录");
    assertThat(admin.get(path).body()).contains("第 1 / 1 页 · 共 1 条");

    HttpResponse<String> detail = admin.get("/forms/record.xhtml?form=" + key + "&id=" + first);
    assertThat(detail.statusCode()).isEqualTo(200);
    assertThat(detail.body()).contains("用品申领").contains("data-field=\"items\"");
  }

  @Test
  void savedViewsKeepTheListsStateForTheirOwner() {
    String key = published(unique("views"));
    submitted(admin, key, "甲");
    String path = "/forms/records.xhtml?form=" + key;
    admin.get(path);
    admin.ajax(path, "recordsForm", "recordsForm:search", Map.of("recordsForm:quick", "甲"));

    HttpResponse<String> saved = admin.ajax(path, "recordsForm", "recordsForm:saveView",
        Map.of("recordsForm:viewName", "只看甲"));

    assertThat(saved.body()).contains("视图“只看甲”已保存").contains("只看甲");
    assertThat(admin.get(path).body()).contains("只看甲");
  }

  @Test
  void eachPageChecksItsPermission() {
    String key = published(unique("guard"));
    String role = unique("forms-user");
    HttpResponse<String> created = client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": "
        + "[\"forms:use\", \"forms:" + key + ":create\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    AtriumClient.Browser filler = client.login(user(role), PASSWORD);
    AtriumClient.Browser nobody = client.login(user(null), PASSWORD);

    assertThat(filler.get("/forms/index.xhtml").statusCode()).isEqualTo(200);
    assertThat(filler.get("/forms/fill.xhtml?form=" + key).statusCode()).isEqualTo(200);
    assertThat(filler.get("/forms/designer.xhtml?form=" + key).statusCode()).isEqualTo(403);
    assertThat(filler.get("/forms/records.xhtml?form=" + key).statusCode()).isEqualTo(403);
    assertThat(filler.get("/forms/fill.xhtml?form=no-such-form").statusCode()).isEqualTo(404);
    assertThat(createOnTheList(filler, unique("sneaky"), "不该有").body()).doesNotContain("<redirect");
    assertThat(nobody.get("/forms/index.xhtml").statusCode()).isEqualTo(403);
    assertThat(nobody.get("/forms/fill.xhtml?form=" + key).statusCode()).isEqualTo(403);
    assertThat(nobody.get("/index.xhtml").body()).doesNotContain("id=\"menu-forms-forms\"");
    assertThat(admin.get("/index.xhtml").body()).contains("id=\"menu-forms-forms\"")
        .contains("id=\"menu-forms-records-" + key + "\"");
  }

  @Test
  void theRecordPageShowsFilesCommentsEscapedAndTheHistoryAndDownloadsOnlyItsOwnFiles() {
    String key = unique("detail");
    assertThat(client.postJson("/api/v1/forms", """
        {"key": "%s", "name": {"zh-CN": "附件", "en": "Files"}, "sections": [{"columns": 1, "fields": [
          {"name": "title", "type": "text", "label": "事由", "required": true},
          {"name": "receipt", "type": "attachment", "label": "附件"}]}]}""".formatted(key)).statusCode()).isEqualTo(201);
    assertThat(client.post("/api/v1/forms/" + key + "/publish").statusCode()).isEqualTo(200);
    String mine = upload(key, "发票.txt", "taxi");
    String foreign = upload(key, "other.txt", "other");
    String records = "/api/v1/forms/" + key + "/records";
    HttpResponse<String> created = client.postJson(records, "{\"values\": {\"title\": \"旧\", \"receipt\": [\"" + mine
        + "\"]}}");
    long id = AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    assertThat(client.putJson(records + "/" + id, "{\"version\": 1, \"values\": {\"title\": \"新\"}}").statusCode())
        .isEqualTo(200);
    assertThat(client.postJson(records + "/" + id + "/comments", "{\"text\": \"<script>alert(1)</script> 好\"}")
        .statusCode()).isEqualTo(201);

    String page = admin.get("/forms/record.xhtml?form=" + key + "&id=" + id).body();
    assertThat(page).contains("data-kind=\"created\"").contains("data-kind=\"updated\"")
        .contains("data-kind=\"commented\"").contains("旧").contains("新");
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; 好").doesNotContain("<script>alert(1)");
    assertThat(page).contains("file.xhtml?form=" + key + "&amp;id=" + id + "&amp;blob=" + mine).contains("发票.txt");

    HttpResponse<String> file = admin.get("/forms/file.xhtml?form=" + key + "&id=" + id + "&blob=" + mine);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo("taxi");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment;")
        .contains("filename*=UTF-8''%E5%8F%91%E7%A5%A8.txt");
    assertThat(admin.get("/forms/file.xhtml?form=" + key + "&id=" + id + "&blob=" + foreign).statusCode())
        .as("a blob that is not the record's").isEqualTo(404);
    AtriumClient.Browser nobody = client.login(user(null), PASSWORD);
    assertThat(nobody.get("/forms/file.xhtml?form=" + key + "&id=" + id + "&blob=" + mine).statusCode())
        .isEqualTo(403);
  }

  private String upload(String key, String name, String content) {
    HttpResponse<String> uploaded = client.send(client.asAdmin("/api/v1/forms/" + key + "/files?field=receipt&filename="
        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
        .header("Content-Type", "application/octet-stream")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(content)));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    return AtriumClient.json(uploaded).asJsonObject().getString("id");
  }

  private String user(String role) {
    String username = unique("p").replace('-', '_');
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\": \"" + username
        + "\", \"displayName\": \"表单页面\", \"password\": \"" + PASSWORD + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    if (role != null) {
      long id = AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
      assertThat(client.putJson("/api/v1/users/" + id + "/roles", "{\"roles\": [\"" + role + "\"]}").statusCode())
          .isEqualTo(200);
    }
    return username;
  }
}
