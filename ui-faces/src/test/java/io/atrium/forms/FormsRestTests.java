package io.atrium.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.MultipartBody;
import io.atrium.testing.ServerTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forms REST API on the real server and database: a form scripted as JSON, published into a
 * table, filled, listed, changed concurrently, deleted and restored; a second version migrates the
 * table; permissions, row scope and field access hold, also in the global search, which finds records
 * by their text.
 */
public abstract class FormsRestTests extends ServerTest {

  private static final String PASSWORD = "Forms-IT-2026!";

  @BeforeEach
  void formsPlugin() {
    formsPluginActive();
  }


  private static String expenseSchema(String key) {
    return """
        {"key": "%s", "name": {"zh-CN": "费用报销", "en": "Expense claim"},
         "sections": [
          {"title": "基本信息", "columns": 2, "fields": [
            {"name": "serialNo", "type": "serial", "label": "编号", "serialPattern": "BX-{yyyyMMdd}-{seq:4}"},
            {"name": "title", "type": "text", "label": "事由", "required": true, "maxLength": 100, "filterable": true},
            {"name": "startDate", "type": "date", "label": "开始日期", "required": true},
            {"name": "endDate", "type": "date", "label": "结束日期", "required": true},
            {"name": "category", "type": "select", "label": "类别",
             "options": [{"value": "travel", "label": "差旅"}, {"value": "meal", "label": "餐费"}]},
            {"name": "secret", "type": "text", "label": "备注"},
            {"name": "items", "type": "subtable", "label": "明细", "fields": [
              {"name": "what", "type": "text", "label": "项目", "required": true},
              {"name": "amount", "type": "money", "label": "金额", "required": true, "min": 0, "scale": 2}
            ]},
            {"name": "total", "type": "formula", "label": "合计", "formula": "sum(items, 'amount')", "scale": 2}
          ]}],
         "checks": [{"expression": "endDate >= startDate", "field": "endDate", "message": "结束日期不能早于开始日期"}]
        }""".formatted(key);
  }

  private String createAndPublish(String key) {
    HttpResponse<String> created = client.postJson("/api/v1/forms", expenseSchema(key));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> published = client.post("/api/v1/forms/" + key + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(AtriumClient.json(published).asJsonObject().getInt("version")).isEqualTo(1);
    return key;
  }

  private static String claim(String title, String start, String end, String... amounts) {
    String items = List.of(amounts).stream().map(a -> "{\"what\": \"item\", \"amount\": " + a + "}")
        .collect(Collectors.joining(","));
    return "{\"values\": {\"title\": \"" + title + "\", \"startDate\": \"" + start + "\", \"endDate\": \"" + end
        + "\", \"category\": \"travel\", \"secret\": \"s\", \"items\": [" + items + "]}}";
  }

  @Test
  void aScriptedFormIsPublishedFilledListedAndMigrated() {
    String key = createAndPublish(unique("expense"));
    String records = "/api/v1/forms/" + key + "/records";

    JsonObject schema = AtriumClient.json(client.get("/api/v1/forms/" + key + "/schema")).asJsonObject();
    assertThat(schema.getInt("version")).isEqualTo(1);

    HttpResponse<String> created = client.postJson(records, claim("<b>出差</b>'; DROP TABLE x;--", "2026-12-01",
        "2026-12-03", "120.50", "79.5"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject record = AtriumClient.json(created).asJsonObject();
    JsonObject values = record.getJsonObject("values");
    assertThat(values.getString("title")).as("HTML and SQL text are stored as typed").isEqualTo(
        "<b>出差</b>'; DROP TABLE x;--");
    assertThat(values.getJsonNumber("total").bigDecimalValue()).isEqualByComparingTo("200.00");
    assertThat(record.getString("serial")).matches("BX-\\d{8}-\\d{4}");
    assertThat(record.getString("status")).isEqualTo("SUBMITTED");
    long id = record.getJsonNumber("id").longValue();

    HttpResponse<String> wrong = client.postJson(records, claim("", "2026-12-05", "2026-12-01", "-1"));
    assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(422);
    assertThat(wrong.body()).contains("title", "endDate", "items[0].amount");

    JsonObject page = AtriumClient.json(client.get(records + "?filter=category:eq:travel&sort=-createdAt&limit=10"))
        .asJsonObject();
    assertThat(page.getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(page.getJsonArray("records").getJsonObject(0).getJsonNumber("id").longValue()).isEqualTo(id);

    HttpResponse<String> changed = client.putJson(records + "/" + id, "{\"version\": 1, \"values\": {\"title\": \"改\"}}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    HttpResponse<String> stale = client.putJson(records + "/" + id, "{\"version\": 1, \"values\": {\"title\": \"旧\"}}");
    assertThat(stale.statusCode()).as("a concurrent edit is a conflict: %s", stale.body()).isEqualTo(409);
    assertThat(AtriumClient.json(client.get(records + "/" + id)).asJsonObject().getJsonObject("values")
        .getString("title")).isEqualTo("改");

    assertThat(client.delete(records + "/" + id).statusCode()).isEqualTo(204);
    assertThat(AtriumClient.json(client.get(records)).asJsonObject().getJsonNumber("total").longValue()).isZero();
    assertThat(client.post(records + "/" + id + "/restore").statusCode()).isEqualTo(204);
    assertThat(AtriumClient.json(client.get(records)).asJsonObject().getJsonNumber("total").longValue()).isEqualTo(1);

    String withPhone = expenseSchema(key).replace("{\"name\": \"secret\"",
        "{\"name\": \"phone\", \"type\": \"phone\", \"label\": \"电话\", \"phoneKind\": \"mobile-cn\"},\n"
            + "            {\"name\": \"secret\"");
    HttpResponse<String> draft = client.putJson("/api/v1/forms/" + key, withPhone);
    assertThat(draft.statusCode()).as(draft.body()).isEqualTo(200);
    HttpResponse<String> second = client.post("/api/v1/forms/" + key + "/publish");
    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    JsonObject kept = AtriumClient.json(client.get(records + "/" + id)).asJsonObject();
    assertThat(kept.getJsonObject("values").getString("title")).isEqualTo("改");
    assertThat(client.postJson(records, claim("带电话", "2026-12-01", "2026-12-01", "1").replace("\"secret\"",
        "\"phone\": \"13800138000\", \"secret\"")).statusCode()).isEqualTo(201);

    String incompatible = withPhone.replace("\"type\": \"text\", \"label\": \"事由\", \"required\": true, \"maxLength\": 100",
        "\"type\": \"date\", \"label\": \"事由\", \"required\": true");
    HttpResponse<String> changedType = client.putJson("/api/v1/forms/" + key, incompatible);
    assertThat(changedType.statusCode()).as(changedType.body()).isEqualTo(200);
    HttpResponse<String> refused = client.post("/api/v1/forms/" + key + "/publish");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    assertThat(refused.body()).contains("title");
    JsonArray versions = AtriumClient.json(client.get("/api/v1/forms/" + key + "/versions")).asJsonArray();
    assertThat(versions).hasSize(2);
  }

  @Test
  void aMalformedSchemaIsRefusedWithThePathOfEachProblem() {
    HttpResponse<String> bad = client.postJson("/api/v1/forms", """
        {"key": "%s", "name": "坏表单", "sections": [{"fields": [
          {"name": "a", "type": "nonsense", "label": "A"},
          {"name": "b", "type": "text", "label": "B"},
          {"name": "b", "type": "text", "label": "B2"},
          {"name": "f", "type": "formula", "label": "F", "formula": "a +* 2"}]}]}""".formatted(unique("bad")));
    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    JsonArray problems = AtriumClient.json(bad).asJsonObject().getJsonArray("problems");
    List<String> pointers = problems.stream().map(p -> p.asJsonObject().getString("pointer")).toList();
    assertThat(pointers).contains("$.sections[0].fields[0].type", "$.sections[0].fields[2].name",
        "$.sections[0].fields[3].formula");
    assertThat(client.postJson("/api/v1/forms", "{not json").statusCode()).isEqualTo(400);
  }

  @Test
  void rolesDecideWhoCreatesWhichRowsTheySeeAndWhichFieldsTheyRead() {
    String key = createAndPublish(unique("scoped"));
    String records = "/api/v1/forms/" + key + "/records";
    String role = unique("filler");
    HttpResponse<String> created = client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": "
        + "[\"forms:" + key + ":create\", \"forms:" + key + ":view\"], \"scopes\": {\"forms:" + key + "\": "
        + "{\"view\": \"OWN\"}}, \"fields\": {\"forms:" + key + "\": {\"secret\": \"HIDDEN\"}}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String filler = user(role);
    String stranger = user(null);

    assertThat(client.postJson(records, claim("管理员的", "2026-12-01", "2026-12-01", "5")).statusCode()).isEqualTo(201);
    HttpResponse<String> hidden = postAs(filler, records, claim("我的", "2026-12-01", "2026-12-01", "5"));
    assertThat(hidden.statusCode()).as("a field hidden from the role cannot be filled: %s", hidden.body())
        .isEqualTo(422);
    assertThat(hidden.body()).contains("secret");
    HttpResponse<String> own = postAs(filler, records, claim("我的", "2026-12-01", "2026-12-01", "5")
        .replace(", \"secret\": \"s\"", ""));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);

    JsonObject seen = AtriumClient.json(client.send(client.as(filler, PASSWORD, records).GET())).asJsonObject();
    assertThat(seen.getJsonNumber("total").longValue()).as("row scope OWN").isEqualTo(1);
    JsonObject mine = seen.getJsonArray("records").getJsonObject(0).getJsonObject("values");
    assertThat(mine.getString("title")).isEqualTo("我的");
    assertThat(mine.containsKey("secret")).as("a hidden field is left out").isFalse();

    assertThat(client.send(client.as(stranger, PASSWORD, records).GET()).statusCode()).isEqualTo(403);
    assertThat(client.send(client.as(stranger, PASSWORD, "/api/v1/forms").header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(expenseSchema(unique("nope"))))).statusCode()).isEqualTo(403);
    assertThat(client.send(client.request(records).GET()).statusCode()).as("anonymous").isEqualTo(401);
  }

  @Test
  void theGlobalSearchFindsRecordsByTheirTextWithinRowScopeAndVisibleFields() {
    String key = createAndPublish(unique("search"));
    String records = "/api/v1/forms/" + key + "/records";
    assertThat(AtriumClient.json(client.get("/api/v1/plugins/forms")).asJsonObject().getJsonArray("services")
        .getValuesAs(jakarta.json.JsonString.class)).extracting(jakarta.json.JsonString::getString)
        .as("a dataset per published form, and the search provider")
        .contains("io.atrium.sdk.dataset.Dataset", "io.atrium.sdk.portal.SearchProvider");
    String role = unique("searcher");
    HttpResponse<String> roleCreated = client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", "
        + "\"permissions\": [\"forms:" + key + ":create\", \"forms:" + key + ":view\"], \"scopes\": {\"forms:" + key
        + "\": {\"view\": \"OWN\"}}, \"fields\": {\"forms:" + key + "\": {\"secret\": \"HIDDEN\"}}}");
    assertThat(roleCreated.statusCode()).as(roleCreated.body()).isEqualTo(201);
    String searcher = user(role);
    String needle = unique("needle");
    String hiddenNeedle = unique("hidden");

    long admins = id(client.postJson(records, claim(needle + " admin", "2026-12-01", "2026-12-01", "5")));
    HttpResponse<String> own = postAs(searcher, records, claim(needle + " own", "2026-12-01", "2026-12-01", "5")
        .replace(", \"secret\": \"s\"", ""));
    long owns = id(own);
    // the searcher's own record gets a value in the field hidden from them
    HttpResponse<String> secret = client.putJson(records + "/" + owns, "{\"version\": 1, \"values\": {\"secret\": \""
        + hiddenNeedle + "\"}}");
    assertThat(secret.statusCode()).as(secret.body()).isEqualTo(200);

    String adminPage = client.login("admin", adminPassword()).get("/search.xhtml?q=" + needle).body();
    assertThat(adminPage).contains("id=\"search-forms-records\"").contains(link(key, admins)).contains(link(key, owns))
        .contains(needle + " admin").contains("费用报销");
    assertThat(client.login("admin", adminPassword()).get("/search.xhtml?q=" + hiddenNeedle).body())
        .contains(link(key, owns));

    AtriumClient.Browser browser = client.login(searcher, PASSWORD);
    String searcherPage = browser.get("/search.xhtml?q=" + needle).body();
    assertThat(searcherPage).as("row scope OWN").contains(link(key, owns)).doesNotContain(link(key, admins));
    assertThat(browser.get("/search.xhtml?q=" + hiddenNeedle).body()).as("never matched on a hidden field")
        .doesNotContain(link(key, owns)).doesNotContain("id=\"search-forms-records\"");
  }

  @Test
  void theGlobalSearchIndexFollowsRecordsCreatedChangedDeletedAndRestored() {
    String key = createAndPublish(unique("indexed"));
    String records = "/api/v1/forms/" + key + "/records";
    String lamp = unique("lamp");
    String fan = unique("fan");
    long id = id(client.postJson(records, claim("办公室台灯 " + lamp, "2026-12-01", "2026-12-01", "5")));
    AtriumClient.Browser admin = client.login("admin", adminPassword());

    // words in another order than stored, and Chinese by its character pairs: the index answers, a LIKE scan would not
    assertThat(searchUntilFound(admin, lamp + " 台灯", link(key, id))).as("created").contains(link(key, id))
        .contains("费用报销");
    assertThat(admin.get("/search.xhtml?q=" + encode("办公 " + lamp)).body()).contains(link(key, id));

    HttpResponse<String> changed = client.putJson(records + "/" + id, "{\"version\": 1, \"values\": {\"title\": "
        + "\"会议室风扇 " + fan + "\"}}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(searchUntilFound(admin, fan + " 风扇", link(key, id))).as("changed").contains(link(key, id));
    assertThat(admin.get("/search.xhtml?q=" + encode(lamp)).body()).as("not by its old text")
        .doesNotContain(link(key, id));

    assertThat(client.delete(records + "/" + id).statusCode()).isEqualTo(204);
    assertThat(admin.get("/search.xhtml?q=" + encode(fan)).body()).as("deleted").doesNotContain(link(key, id));
    assertThat(client.post(records + "/" + id + "/restore").statusCode()).isEqualTo(204);
    assertThat(searchUntilFound(admin, fan, link(key, id))).as("restored").contains(link(key, id));
  }

  /** The search page for the text, asked again for a few seconds until it shows the link (the index follows within one). */
  private static String searchUntilFound(AtriumClient.Browser browser, String text, String link) {
    String page = "";
    for (int attempt = 0; attempt < 50; attempt++) {
      page = browser.get("/search.xhtml?q=" + encode(text)).body();
      if (page.contains(link)) {
        return page;
      }
      AtriumClient.sleep(200);
    }
    return page;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static long id(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
  }

  private static String link(String key, long id) {
    return "/forms/record.xhtml?form=" + key + "&amp;id=" + id + "\"";
  }

  private static String leadSchema(String key) {
    return """
        {"key": "%s", "name": {"zh-CN": "官网线索", "en": "Website lead"}, "sections": [{"fields": [
          {"name": "contactName", "type": "text", "label": {"zh-CN": "联系人", "en": "Contact"}, "required": true,
           "maxLength": 50},
          {"name": "mobile", "type": "phone", "label": {"zh-CN": "手机", "en": "Mobile"}},
          {"name": "industry", "type": "select", "label": {"zh-CN": "行业", "en": "Industry"},
           "options": [{"value": "retail", "label": "零售"}, {"value": "it", "label": "IT"}]},
          {"name": "salesRep", "type": "user", "label": {"zh-CN": "销售", "en": "Sales rep"}}
        ]}]}""".formatted(key);
  }

  private HttpResponse<String> anonymous(String method, String path, String type, String body, String language) {
    HttpRequest.Builder request = client.request(path).header("Accept-Language", language);
    if (body == null) {
      return client.send(request.header("Accept", type).method(method, HttpRequest.BodyPublishers.noBody()));
    }
    return client.send(request.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body)));
  }

  private static String form(Map<String, String> fields) {
    return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
  }

  private static String token(String page) {
    Matcher token = Pattern.compile("name=\"_token\" value=\"([^\"]+)\"").matcher(page);
    assertThat(token.find()).as("the page carries a token: %s", page).isTrue();
    return token.group(1);
  }

  @Test
  void aPublicIntakePageTakesAnonymousSubmissionsSafelyAndLimitsEachAddress() {
    String key = unique("weblead");
    assertThat(client.postJson("/api/v1/forms", leadSchema(key)).statusCode()).isEqualTo(201);
    assertThat(client.post("/api/v1/forms/" + key + "/publish").statusCode()).isEqualTo(200);
    String records = "/api/v1/forms/" + key + "/records";
    assertThat(client.get("/api/v1/forms/" + key + "/intake").statusCode()).isEqualTo(404);
    HttpResponse<String> opened = client.putJson("/api/v1/forms/" + key + "/intake",
        "{\"enabled\": true, \"thankYou\": \"多谢，我们会尽快联系您\"}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    String slug = AtriumClient.json(opened).asJsonObject().getString("slug");
    assertThat(slug).doesNotContain(key);
    String page = "/api/v1/forms-intake/" + slug;

    HttpResponse<String> shown = anonymous("GET", page, "text/html", null, "en-US,en;q=0.8");
    assertThat(shown.statusCode()).as(shown.body()).isEqualTo(200);
    assertThat(shown.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(shown.headers().firstValue("Content-Security-Policy").orElse("")).contains("form-action 'self'");
    assertThat(shown.body()).contains("Website lead", "Contact", "name=\"f.contactName\"", "name=\"f.industry\"",
        "name=\"website\"", "Submit").doesNotContain("salesRep", "<script", key);
    assertThat(anonymous("GET", page, "text/html", null, "zh-CN").body()).contains("官网线索", "联系人", "提交");

    // at once: a script, refused with the values kept
    HttpResponse<String> tooFast = anonymous("POST", page, "application/x-www-form-urlencoded", form(Map.of(
        "_token", token(shown.body()), "f.contactName", "快手")), "en");
    assertThat(tooFast.statusCode()).isEqualTo(400);
    assertThat(tooFast.body()).contains("too fast", "value=\"快手\"");
    AtriumClient.sleep(2_100);

    HttpResponse<String> trapped = anonymous("POST", page, "application/x-www-form-urlencoded", form(Map.of(
        "_token", token(shown.body()), "f.contactName", "bot", "website", "http://spam.example")), "zh-CN");
    assertThat(trapped.statusCode()).isEqualTo(200);
    assertThat(trapped.body()).contains("多谢，我们会尽快联系您");
    assertThat(AtriumClient.json(client.get(records)).asJsonObject().getJsonNumber("total").longValue())
        .as("a filled honeypot stores nothing").isZero();

    HttpResponse<String> invalid = anonymous("POST", page, "application/x-www-form-urlencoded", form(Map.of(
        "_token", token(shown.body()), "f.mobile", "12")), "en");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("Contact", "value=\"12\"", "aria-invalid");

    HttpResponse<String> sent = anonymous("POST", page, "application/x-www-form-urlencoded", form(Map.of(
        "_token", token(shown.body()), "f.contactName", "<b>李娜</b>", "f.mobile", "13800138000",
        "f.industry", "retail", "f.salesRep", "1")), "zh-CN");
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
    assertThat(sent.body()).contains("多谢，我们会尽快联系您");
    JsonObject list = AtriumClient.json(client.get(records)).asJsonObject();
    assertThat(list.getJsonNumber("total").longValue()).isEqualTo(1);
    JsonObject lead = list.getJsonArray("records").getJsonObject(0);
    assertThat(lead.getString("status")).isEqualTo("SUBMITTED");
    assertThat(lead.getJsonObject("values").getString("contactName")).isEqualTo("<b>李娜</b>");
    assertThat(lead.getJsonObject("values").get("salesRep")).as("a field the page does not show is ignored")
        .isIn(null, JsonValue.NULL);

    // the JSON variant for a website's own form
    JsonObject described = AtriumClient.json(anonymous("GET", page, "application/json", null, "en")).asJsonObject();
    assertThat(described.getJsonArray("fields").stream().map(f -> f.asJsonObject().getString("name")).toList())
        .containsExactly("contactName", "mobile", "industry");
    AtriumClient.sleep(2_100);
    HttpResponse<String> refusedField = anonymous("POST", page, "application/json", "{\"token\": \""
        + described.getString("token") + "\", \"values\": {\"contactName\": \"王\", \"salesRep\": 1}}", "en");
    assertThat(refusedField.statusCode()).as(refusedField.body()).isEqualTo(422);
    assertThat(refusedField.body()).contains("salesRep");
    HttpResponse<String> json = anonymous("POST", page, "application/json", "{\"token\": \""
        + described.getString("token") + "\", \"values\": {\"contactName\": \"王磊\", \"mobile\": \"13900139000\"}}",
        "en");
    assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
    assertThat(AtriumClient.json(client.get(records)).asJsonObject().getJsonNumber("total").longValue()).isEqualTo(2);
    assertThat(AtriumClient.json(client.get("/api/v1/audit?action=record.intake")).toString()).contains(key);

    assertThat(anonymous("GET", "/api/v1/forms-intake/nosuchslug0000", "text/html", null, "en").statusCode())
        .isEqualTo(404);
    assertThat(client.putJson("/api/v1/forms/" + key + "/intake", "{\"enabled\": false}").statusCode()).isEqualTo(200);
    HttpResponse<String> closed = anonymous("GET", page, "text/html", null, "en");
    assertThat(closed.statusCode()).isEqualTo(404);
    assertThat(closed.body()).contains("not open for submissions");
    // the form's own REST calls stay closed to anonymous callers
    assertThat(anonymous("GET", records, "application/json", null, "en").statusCode()).isEqualTo(401);
    assertThat(anonymous("GET", "/api/v1/forms-intake", "application/json", null, "en").statusCode()).isEqualTo(401);

    // each address gets a handful of calls of each public method per minute
    HttpResponse<String> limited = null;
    for (int i = 0; i < 15 && limited == null; i++) {
      HttpResponse<String> call = anonymous("GET", "/api/v1/forms-intake/nosuchslug0000", "application/json", null,
          "en");
      if (call.statusCode() == 429) {
        limited = call;
      } else {
        assertThat(call.statusCode()).isEqualTo(404);
      }
    }
    assertThat(limited).as("the limit is reached within 15 calls").isNotNull();
    assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"))).isPositive();
    assertThat(limited.body()).contains("Too many requests");
    assertThat(client.send(client.asAdmin("/api/v1/forms-intake/nosuchslug0000").header("Accept", "application/json")
        .GET()).statusCode()).as("signed-in callers are not limited").isEqualTo(404);
  }

  @Test
  void recordsAreCreatedWithAnApiTokenAndTemplatesInstallWithSampleData() {
    String key = createAndPublish(unique("token"));
    String role = unique("api");
    assertThat(client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": [\"forms:" + key
        + ":create\", \"forms:" + key + ":view\", \"forms:" + key + ":edit\"]}").statusCode()).isEqualTo(201);
    String username = user(role);
    HttpResponse<String> issued = client.send(client.as(username, PASSWORD, "/api/v1/tokens")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"website\"}")));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    String secret = AtriumClient.json(issued).asJsonObject().getString("token");
    HttpResponse<String> created = client.send(client.withToken(secret, "/api/v1/forms/" + key + "/records")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(claim("令牌提交", "2026-12-01", "2026-12-02", "10"))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(AtriumClient.json(created).asJsonObject().getString("status")).isEqualTo("SUBMITTED");
    assertThat(client.send(client.withToken("atr_not-a-token", "/api/v1/forms/" + key + "/records")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(claim("x", "2026-12-01", "2026-12-02", "1")))).statusCode())
        .isEqualTo(401);

    JsonArray templates = AtriumClient.json(client.send(client.asAdmin("/api/v1/forms/templates")
        .header("Accept-Language", "en").GET())).asJsonArray();
    assertThat(templates.stream().map(t -> t.asJsonObject().getString("id")).toList())
        .contains("lead", "campaign-proposal", "content-topic", "live-order", "expense-claim");
    String leads = unique("leads");
    HttpResponse<String> installed = client.postJson("/api/v1/forms/templates/lead/install",
        "{\"key\": \"" + leads + "\", \"sampleData\": true}");
    assertThat(installed.statusCode()).as(installed.body()).isEqualTo(201);
    int samples = AtriumClient.json(installed).asJsonObject().getInt("samples");
    assertThat(samples).isGreaterThanOrEqualTo(3);
    assertThat(AtriumClient.json(client.get("/api/v1/forms/" + leads + "/schema")).asJsonObject().getInt("version"))
        .isEqualTo(1);
    assertThat(AtriumClient.json(client.get("/api/v1/forms/" + leads + "/records")).asJsonObject()
        .getJsonNumber("total").longValue()).isEqualTo(samples);
    HttpResponse<String> again = client.postJson("/api/v1/forms/templates/lead/install",
        "{\"key\": \"" + leads + "\", \"sampleData\": false}");
    assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
    assertThat(again.body()).contains(leads);
    assertThat(client.postJson("/api/v1/forms/templates/nope/install", "{}").statusCode()).isEqualTo(404);
    assertThat(client.send(client.as(username, PASSWORD, "/api/v1/forms/templates/lead/install")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode())
        .isEqualTo(403);
  }

  // --- the record detail: history, files, comments with mentions, draft submit (decision 47) ---

  private String detailForm() {
    String key = unique("detail");
    HttpResponse<String> created = client.postJson("/api/v1/forms", """
        {"key": "%s", "name": {"zh-CN": "附件测试", "en": "Files"}, "sections": [{"columns": 1, "fields": [
          {"name": "no", "type": "serial", "label": "编号", "serialPattern": "FJ-{seq:4}"},
          {"name": "title", "type": "text", "label": "事由", "required": true},
          {"name": "note", "type": "text", "label": "备注"},
          {"name": "receipt", "type": "attachment", "label": "附件"}]}]}""".formatted(key));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    HttpResponse<String> published = client.post("/api/v1/forms/" + key + "/publish");
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    return key;
  }

  private String viewerRole(String key, boolean hideNote) {
    String role = unique("viewer");
    String fields = hideNote ? ", \"fields\": {\"forms:" + key + "\": {\"note\": \"HIDDEN\"}}" : "";
    HttpResponse<String> created = client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": "
        + "[\"forms:use\", \"forms:" + key + ":view\"]" + fields + "}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return role;
  }

  @Test
  void aDraftIsEditedThenSubmittedAndTheHistoryShowsEachStepWithHiddenFieldsRedacted() {
    String key = detailForm();
    String records = "/api/v1/forms/" + key + "/records";
    HttpResponse<String> draft = client.postJson(records + "?submit=false", "{\"values\": {\"note\": \"a\"}}");
    assertThat(draft.statusCode()).as("a draft may lack required fields: %s", draft.body()).isEqualTo(201);
    JsonObject drafted = AtriumClient.json(draft).asJsonObject();
    long id = drafted.getJsonNumber("id").longValue();
    assertThat(drafted.getString("status")).isEqualTo("DRAFT");
    assertThat(drafted.isNull("serial")).isTrue();

    HttpResponse<String> incomplete = client.postJson(records + "/" + id + "/submit", "{\"version\": 1}");
    assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(422);
    assertThat(incomplete.body()).contains("title");
    HttpResponse<String> stale = client.postJson(records + "/" + id + "/submit", "{\"version\": 7, \"values\": {\"title\": \"x\"}}");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    HttpResponse<String> edited = client.putJson(records + "/" + id, "{\"version\": 1, \"values\": {\"note\": \"b\"}}");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    HttpResponse<String> submitted = client.postJson(records + "/" + id + "/submit",
        "{\"version\": 2, \"values\": {\"title\": \"出差\"}}");
    assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
    JsonObject done = AtriumClient.json(submitted).asJsonObject();
    assertThat(done.getString("status")).isEqualTo("SUBMITTED");
    assertThat(done.getString("serial")).isEqualTo("FJ-0001");
    assertThat(client.postJson(records + "/" + id + "/submit", "{\"version\": " + done.getInt("version") + "}")
        .statusCode()).as("no longer a draft").isEqualTo(409);

    JsonArray steps = AtriumClient.json(client.get(records + "/" + id + "/history")).asJsonObject()
        .getJsonArray("entries");
    assertThat(steps.stream().map(s -> s.asJsonObject().getString("kind")).toList())
        .containsExactly("created", "updated", "updated", "submitted");
    JsonObject change = steps.getJsonObject(1).getJsonArray("changes").getJsonObject(0);
    assertThat(change.getString("field")).isEqualTo("note");
    assertThat(change.getString("label")).isEqualTo("备注");
    assertThat(change.getString("before")).isEqualTo("a");
    assertThat(change.getString("after")).isEqualTo("b");
    assertThat(steps.getJsonObject(0).getString("actor")).isEqualTo("admin");

    String viewer = user(viewerRole(key, true));
    JsonObject seen = AtriumClient.json(client.send(client.as(viewer, PASSWORD, records + "/" + id + "/history").GET()))
        .asJsonObject().getJsonArray("entries").getJsonObject(1).getJsonArray("changes").getJsonObject(0);
    assertThat(seen.getBoolean("redacted")).isTrue();
    assertThat(seen.containsKey("before")).isFalse();
    assertThat(client.send(client.as(user(null), PASSWORD, records + "/" + id + "/history").GET()).statusCode())
        .isEqualTo(403);
  }

  @Test
  void aRecordPrintsAsAPdfAndAPageWithItsTemplateForItsReadersOnly() throws Exception {
    String key = createAndPublish(unique("print"));
    String records = "/api/v1/forms/" + key + "/records";
    HttpResponse<String> created = client.postJson(records, claim("<script>alert(1)</script>去上海出差", "2026-12-01",
        "2026-12-02", "553.50"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    String pdfPath = records + "/" + id + "/pdf";

    HttpResponse<byte[]> pdf = bytes(client.asAdmin(pdfPath).GET());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    String text = pdfText(pdf.body());
    assertThat(text).contains("费用报销", "BX-", "<script>alert(1)</script>去上海出差", "2026-12-01", "差旅", "项目",
        "553.50", "审批意见");

    // row scope OWN: another's record is no record; without view: 403; anonymous: 401
    String role = unique("own-reader");
    assertThat(client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": [\"forms:use\", "
        + "\"forms:" + key + ":view\"], \"scopes\": {\"forms:" + key + "\": {\"view\": \"OWN\"}}}").statusCode())
        .isEqualTo(201);
    String reader = user(role);
    String stranger = user(null);
    assertThat(bytes(client.as(reader, PASSWORD, pdfPath).GET()).statusCode()).isEqualTo(404);
    assertThat(bytes(client.as(stranger, PASSWORD, pdfPath).GET()).statusCode()).isEqualTo(403);
    assertThat(bytes(client.request(pdfPath).GET()).statusCode()).isEqualTo(401);
    assertThat(bytes(client.asAdmin(records + "/999999/pdf").GET()).statusCode()).isEqualTo(404);

    // the print page and the template editor, in a browser session
    AtriumClient.Browser admin = client.login("admin", adminPassword());
    HttpResponse<String> page = admin.get("/forms/print.xhtml?form=" + key + "&id=" + id);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"printButton\"", "window.print()", "去上海出差", "&lt;script&gt;alert(1)")
        .doesNotContain("<script>alert(1)");
    assertThat(admin.get("/forms/record.xhtml?form=" + key + "&id=" + id).body()).contains("download=pdf");
    assertThat(client.login(reader, PASSWORD).get("/forms/print.xhtml?form=" + key + "&id=" + id).statusCode())
        .isEqualTo(404);
    assertThat(client.login(stranger, PASSWORD).get("/forms/print.xhtml?form=" + key + "&id=" + id).statusCode())
        .isEqualTo(403);

    String editor = "/forms/print-template.xhtml?form=" + key;
    String form = admin.get(editor).body();
    assertThat(form).contains("{{title.label}}", "{{#items}}");
    HttpResponse<String> refused = saveTemplate(admin, editor, form, "<h1>{{title}}</h1>\n<p>{{nope}}</p>");
    assertThat(refused.body()).contains("第 2 行", "{{nope}}");
    String mine = "<h1 class=\"mine\">{{_serial}} · {{title}}</h1>{{#items}}<p>{{_index}}: {{what}} {{amount}}</p>{{/items}}";
    HttpResponse<String> saved = saveTemplate(admin, editor, refused.body(), mine);
    assertThat(saved.body()).contains("打印模板已保存");
    String printed = pdfText(bytes(client.asAdmin(pdfPath).GET()).body());
    assertThat(printed).contains("1: item CNY 553.50").doesNotContain("审批意见");
    assertThat(printed.replaceAll("\\s+", "")).as("the heading wraps").contains("<script>alert(1)</script>去上海出差");
    assertThat(admin.get("/forms/print.xhtml?form=" + key + "&id=" + id).body()).contains("<h1 class=\"mine\">");
    assertThat(client.login(reader, PASSWORD).get(editor).statusCode()).as("designers only").isEqualTo(403);
  }

  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  private static HttpResponse<String> saveTemplate(AtriumClient.Browser browser, String path, String page,
      String template) {
    Matcher state = VIEW_STATE.matcher(page);
    assertThat(state.find()).as("the editor has a view state").isTrue();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("templateForm", "templateForm");
    fields.put("templateForm:templateText", template);
    fields.put("templateForm:save", "save");
    fields.put("jakarta.faces.ViewState", state.group(1));
    HttpResponse<String> answer = browser.postForm(path, fields);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return answer;
  }

  private HttpResponse<byte[]> bytes(HttpRequest.Builder request) throws Exception {
    return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
    }
  }

  @Test
  void aRecordsFileDownloadsThroughThatRecordOnlyWithSafeHeaders() {
    String key = detailForm();
    String records = "/api/v1/forms/" + key + "/records";
    String mine = uploadFile(key, "发票 2026.txt", "taxi 12.50");
    String foreign = uploadFile(key, "other.txt", "not yours");
    HttpResponse<String> created = client.postJson(records, "{\"values\": {\"title\": \"t\", \"receipt\": [\"" + mine + "\"]}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    HttpResponse<String> other = client.postJson(records, "{\"values\": {\"title\": \"o\", \"receipt\": [\"" + foreign + "\"]}}");
    assertThat(other.statusCode()).as(other.body()).isEqualTo(201);

    HttpResponse<String> file = client.get(records + "/" + id + "/files/" + mine);
    assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
    assertThat(file.body()).isEqualTo("taxi 12.50");
    assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    assertThat(file.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(file.headers().firstValue("Content-Disposition").orElse(""))
        .startsWith("attachment;").contains("filename*=UTF-8''%E5%8F%91%E7%A5%A8%202026.txt");

    assertThat(client.get(records + "/" + id + "/files/" + foreign).statusCode()).as("another record's blob")
        .isEqualTo(404);
    assertThat(client.get(records + "/" + id + "/files/no-such-blob").statusCode()).isEqualTo(404);
    assertThat(client.send(client.as(user(null), PASSWORD, records + "/" + id + "/files/" + mine).GET()).statusCode())
        .as("without view").isEqualTo(403);
    String hidden = user(viewerRole(key, false));
    assertThat(client.send(client.as(hidden, PASSWORD, records + "/" + id + "/files/" + mine).GET()).statusCode())
        .as("a viewer").isEqualTo(200);
  }

  private String uploadFile(String key, String name, String content) {
    HttpResponse<String> uploaded = client.send(client.asAdmin("/api/v1/forms/" + key + "/files?field=receipt&filename="
        + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofString(content)));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
    return AtriumClient.json(uploaded).asJsonObject().getString("id");
  }

  @Test
  void aCommentsMentionReachesTheMentionedViewersNotificationsOnly() {
    String key = detailForm();
    String records = "/api/v1/forms/" + key + "/records";
    HttpResponse<String> created = client.postJson(records, "{\"values\": {\"title\": \"t\"}}");
    long id = AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
    String viewer = user(viewerRole(key, false));
    String outsider = user(null);
    String comments = records + "/" + id + "/comments";

    HttpResponse<String> added = client.postJson(comments, "{\"text\": \"@" + viewer + " 请看 <b>这里</b>，@" + outsider
        + "\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonObject comment = AtriumClient.json(added).asJsonObject();
    assertThat(comment.getString("text")).as("kept as typed").contains("<b>这里</b>");
    assertThat(comment.getJsonArray("mentions")).hasSize(1);

    String link = "/forms/record.xhtml?form=" + key + "&id=" + id;
    JsonObject told = null;
    for (int i = 0; i < 50 && told == null; i++) {
      told = AtriumClient.json(client.send(client.as(viewer, PASSWORD, "/api/v1/notifications").GET())).asJsonObject()
          .getJsonArray("items").stream().map(v -> v.asJsonObject()).filter(n -> link.equals(n.getString("link", null)))
          .findFirst().orElse(null);
      if (told == null) {
        AtriumClient.sleep(200);
      }
    }
    assertThat(told).as("the mentioned viewer is told").isNotNull();
    assertThat(told.getString("title")).contains("FJ-0001");
    assertThat(AtriumClient.json(client.send(client.as(outsider, PASSWORD, "/api/v1/notifications").GET()))
        .asJsonObject().getJsonNumber("total").longValue()).as("who may not view the record is not told").isZero();

    JsonObject listed = AtriumClient.json(client.send(client.as(viewer, PASSWORD, comments).GET())).asJsonObject();
    assertThat(listed.getJsonNumber("total").longValue()).isEqualTo(1);
    long commentId = listed.getJsonArray("comments").getJsonObject(0).getJsonNumber("id").longValue();
    assertThat(client.send(client.as(viewer, PASSWORD, comments + "/" + commentId).DELETE()).statusCode())
        .as("not the author, no edit").isEqualTo(403);
    assertThat(client.send(client.as(outsider, PASSWORD, comments).GET()).statusCode()).isEqualTo(403);
    assertThat(client.delete(comments + "/" + commentId).statusCode()).isEqualTo(204);
    assertThat(client.delete(comments + "/" + commentId).statusCode()).isEqualTo(404);
  }

  private HttpResponse<String> postAs(String username, String path, String json) {
    return client.send(client.as(username, PASSWORD, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private String user(String role) {
    String username = unique("u").replace('-', '_');
    HttpResponse<String> created = client.postJson("/api/v1/users", "{\"username\": \"" + username
        + "\", \"displayName\": \"表单测试\", \"password\": \"" + PASSWORD + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    if (role != null) {
      long id = AtriumClient.json(created).asJsonObject().getJsonNumber("id").longValue();
      HttpResponse<String> granted = client.putJson("/api/v1/users/" + id + "/roles", "{\"roles\": [\"" + role + "\"]}");
      assertThat(granted.statusCode()).as(granted.body()).isEqualTo(200);
    }
    return username;
  }
  private static final String SIMPLE = """
      {"key": "%s", "name": {"zh-CN": "登记", "en": "Register"}, "sections": [{"columns": 1, "fields": [
        {"name": "serialNo", "type": "serial", "label": "编号", "serialPattern": "R-{seq:5}"},
        {"name": "title", "type": "text", "label": {"zh-CN": "事由", "en": "Title"}, "required": true, "maxLength": 20},
        {"name": "day", "type": "date", "label": {"zh-CN": "日期", "en": "Day"}},
        {"name": "amount", "type": "decimal", "label": {"zh-CN": "金额", "en": "Amount"}, "min": 0, "scale": 2},
        {"name": "category", "type": "select", "label": "类别",
         "options": [{"value": "travel", "label": "差旅"}, {"value": "meal", "label": "餐费"}]},
        {"name": "secret", "type": "text", "label": "备注"}]}]}""";

  /** A new form of the {@link #SIMPLE} schema, published; its key. */
  private String publishedRegister() {
    String key = unique("register");
    assertThat(client.postJson("/api/v1/forms", SIMPLE.formatted(key)).statusCode()).isEqualTo(201);
    assertThat(client.post("/api/v1/forms/" + key + "/publish").statusCode()).isEqualTo(200);
    return key;
  }

  @Test
  void recordsAreImportedFromCsvAndExcelInBothModesAndExportedWithoutHiddenFields() throws Exception {
    String key = publishedRegister();
    String imports = "/api/v1/forms/" + key + "/imports";
    String records = "/api/v1/forms/" + key + "/records";

    byte[] csv = "事由,日期,金额,类别,备注\n出差,2026/12/01,\"1,200.50\",差旅,a\n,2026-12-02,3,餐费,b\n午餐,2026-12-03,-1,餐费,c\n"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    JsonObject preview = upload(imports, "claims.csv", csv, 201);
    assertThat(preview.getInt("rows")).isEqualTo(3);
    JsonObject mapping = preview.getJsonObject("suggestedMapping");
    assertThat(mapping.keySet()).containsExactly("0", "1", "2", "3", "4");
    assertThat(mapping.getString("0")).isEqualTo("title");
    String id = preview.getString("id");

    JsonObject refused = awaitImport(imports + "/" + id, client.postJson(imports + "/" + id + "/run",
        "{\"mapping\": " + mapping + ", \"mode\": \"all-or-nothing\"}"));
    assertThat(refused.getString("state")).isEqualTo("failed");
    assertThat(refused.getInt("imported")).isZero();
    assertThat(refused.getInt("invalidRows")).isEqualTo(2);
    assertThat(refused.getJsonArray("problems").stream().map(p -> p.asJsonObject().getInt("row") + ":"
        + p.asJsonObject().getString("field")).toList()).containsExactly("3:title", "4:amount");
    assertThat(total(records)).as("all or nothing changed nothing").isZero();

    JsonObject done = awaitImport(imports + "/" + id, client.postJson(imports + "/" + id + "/run",
        "{\"mapping\": {\"事由\": \"title\", \"1\": \"day\", \"2\": \"amount\", \"3\": \"category\", "
            + "\"4\": \"secret\"}, \"mode\": \"valid-rows\"}"));
    assertThat(done.getString("state")).as(done.toString()).isEqualTo("done");
    assertThat(done.getInt("imported")).isEqualTo(1);
    JsonObject first = AtriumClient.json(client.get(records)).asJsonObject().getJsonArray("records").getJsonObject(0);
    assertThat(first.getJsonObject("values").getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo("1200.50");
    assertThat(first.getJsonObject("values").getString("category")).isEqualTo("travel");
    assertThat(first.getString("serial")).isEqualTo("R-00001");

    java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
    try (io.atrium.sdk.table.TableWriter writer = new io.atrium.kernel.tabular.FileSpreadsheets().write(workbook,
        io.atrium.sdk.table.TableFormat.XLSX, "s", java.time.ZoneOffset.UTC)) {
      writer.row(List.of("Title", "Day", "Amount", "备注"));
      writer.row(List.of("xlsx one", java.time.LocalDate.of(2026, 12, 4), new java.math.BigDecimal("4"), "x"));
      writer.row(List.of("这个事由超过了二十个字符的长度限制所以应当被拒绝掉", java.time.LocalDate.of(2026, 12, 5), 5, "y"));
      writer.row(List.of("xlsx three", java.time.LocalDate.of(2026, 12, 6), 6, "z"));
    }
    JsonObject excel = upload(imports, "claims.xlsx", workbook.toByteArray(), 201);
    assertThat(excel.getString("format")).isEqualTo("xlsx");
    String excelId = excel.getString("id");
    JsonObject excelRefused = awaitImport(imports + "/" + excelId, client.postJson(imports + "/" + excelId + "/run",
        "{\"mapping\": " + excel.getJsonObject("suggestedMapping") + ", \"mode\": \"all-or-nothing\"}"));
    assertThat(excelRefused.getString("state")).isEqualTo("failed");
    assertThat(total(records)).isEqualTo(1);
    JsonObject excelDone = awaitImport(imports + "/" + excelId, client.postJson(imports + "/" + excelId + "/run",
        "{\"mapping\": " + excel.getJsonObject("suggestedMapping") + ", \"mode\": \"valid-rows\"}"));
    assertThat(excelDone.getInt("imported")).as(excelDone.toString()).isEqualTo(2);
    assertThat(excelDone.getJsonArray("problems").getJsonObject(0).getInt("row")).isEqualTo(3);
    assertThat(total(records)).isEqualTo(3);

    upload(imports, "wrong.xlsx", csv, 415);
    upload(imports, "broken.csv", "a,b\n\"open\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), 400);
    assertThat(total(records)).as("refused files change nothing").isEqualTo(3);

    String role = unique("exporter");
    HttpResponse<String> created = client.postJson("/api/v1/roles", "{\"name\": \"" + role + "\", \"permissions\": "
        + "[\"forms:" + key + ":view\", \"forms:" + key + ":export\"], \"scopes\": {\"forms:" + key + "\": "
        + "{\"view\": \"ALL\"}}, \"fields\": {\"forms:" + key + "\": "
        + "{\"secret\": \"HIDDEN\"}}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String exporter = user(role);
    HttpResponse<String> exported = client.send(client.as(exporter, PASSWORD, "/api/v1/forms/" + key
        + "/export?format=csv&sort=-createdAt").GET());
    assertThat(exported.statusCode()).as(exported.body()).isEqualTo(200);
    assertThat(exported.headers().firstValue("Content-Disposition").orElse("")).contains(".csv");
    assertThat(exported.body()).contains("事由", "xlsx one", "出差").doesNotContain("备注");
    assertThat(exported.body().lines()).as("no column of the hidden field")
        .allMatch(line -> line.split(",", -1).length == 6);
    assertThat(exported.body().lines().count()).isEqualTo(4);
    HttpResponse<String> filtered = client.send(client.as(exporter, PASSWORD, "/api/v1/forms/" + key
        + "/export?format=csv&filter=amount:gt:5").GET());
    assertThat(filtered.body().lines().count()).isEqualTo(3);
    assertThat(client.send(client.as(exporter, PASSWORD, imports + "?name=a.csv").header("Content-Type", "text/csv")
        .POST(HttpRequest.BodyPublishers.ofByteArray(csv))).statusCode()).as("no import permission").isEqualTo(403);

    HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(client.asAdmin("/api/v1/forms/" + key + "/export?format=xlsx")
        .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    assertThat(xlsx.statusCode()).isEqualTo(200);
    java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
    try {
      java.nio.file.Files.write(file, xlsx.body());
      List<List<String>> rows = new java.util.ArrayList<>();
      try (io.atrium.sdk.table.TableReader reader = new io.atrium.kernel.tabular.FileSpreadsheets().read(file,
          "export.xlsx", 100)) {
        for (io.atrium.sdk.table.TableRow row = reader.next(); row != null; row = reader.next()) {
          rows.add(row.cells());
        }
      }
      assertThat(rows).hasSize(4);
      assertThat(rows.get(0)).contains("事由", "备注");
      assertThat(rows).anySatisfy(row -> assertThat(row).contains("出差", "a"));
    } finally {
      java.nio.file.Files.deleteIfExists(file);
    }
  }

  @Test
  void aFormUploadPreviewsChecksAndImportsCsvAndExcelAndRefusesOversizedAndMismatchedFiles() throws Exception {
    String key = publishedRegister();
    String imports = "/api/v1/forms/" + key + "/imports";
    String records = "/api/v1/forms/" + key + "/records";
    byte[] csv = "事由,日期,金额,类别,备注\n表单一,2026-12-01,10,差旅,a\n,2026-12-02,3,餐费,b\n表单三,2026-12-03,30,餐费,c\n"
        .getBytes(StandardCharsets.UTF_8);

    JsonObject preview = uploadForm(imports, new MultipartBody().file("file", "claims.csv", "text/csv", csv), 201);
    assertThat(preview.getString("fileName")).isEqualTo("claims.csv");
    assertThat(preview.getString("format")).isEqualTo("csv");
    assertThat(preview.getInt("rows")).isEqualTo(3);
    assertThat(preview.getJsonArray("headers").getString(0)).isEqualTo("事由");
    assertThat(preview.getJsonObject("suggestedMapping").getString("0")).isEqualTo("title");
    assertThat(preview).doesNotContainKey("status");
    assertThat(client.get(imports + "/" + preview.getString("id") + "/preview").statusCode()).isEqualTo(200);

    JsonObject checked = uploadForm(imports, new MultipartBody().file("file", "claims.csv", "text/csv", csv)
        .text("mapping", "{\"事由\": \"title\", \"1\": \"day\", \"2\": \"amount\"}"), 201);
    String checkedId = checked.getString("id");
    JsonObject report = awaitImport(imports + "/" + checkedId, checked.getJsonObject("status"));
    assertThat(report.getString("state")).as(report.toString()).isEqualTo("checked");
    assertThat(report.getInt("validRows")).isEqualTo(2);
    assertThat(report.getJsonArray("problems").stream().map(p -> p.asJsonObject().getInt("row") + ":"
        + p.asJsonObject().getString("field")).toList()).containsExactly("3:title");
    assertThat(total(records)).as("a check stores nothing").isZero();

    JsonObject ran = uploadForm(imports, new MultipartBody().file("file", "claims.csv", "text/csv", csv)
        .text("mapping", "{\"0\": \"title\", \"1\": \"day\", \"2\": \"amount\", \"3\": \"category\"}")
        .text("mode", "valid-rows"), 201);
    JsonObject done = awaitImport(imports + "/" + ran.getString("id"), ran.getJsonObject("status"));
    assertThat(done.getString("state")).as(done.toString()).isEqualTo("done");
    assertThat(done.getInt("imported")).isEqualTo(2);
    assertThat(done.getString("mode")).isEqualTo("valid-rows");
    assertThat(titles(records)).containsExactlyInAnyOrder("表单一", "表单三");

    java.io.ByteArrayOutputStream workbook = new java.io.ByteArrayOutputStream();
    try (io.atrium.sdk.table.TableWriter writer = new io.atrium.kernel.tabular.FileSpreadsheets().write(workbook,
        io.atrium.sdk.table.TableFormat.XLSX, "s", java.time.ZoneOffset.UTC)) {
      writer.row(List.of("Title", "Day", "Amount"));
      writer.row(List.of("表格一", java.time.LocalDate.of(2026, 12, 4), new java.math.BigDecimal("4.5")));
      writer.row(List.of("表格二", java.time.LocalDate.of(2026, 12, 5), 5));
    }
    String xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    JsonObject excel = uploadForm(imports, new MultipartBody().file("file", "claims.xlsx", xlsxType,
        workbook.toByteArray()).text("mapping", "{\"Title\": \"title\", \"Day\": \"day\", \"Amount\": \"amount\"}")
        .text("mode", "all-or-nothing"), 201);
    assertThat(excel.getString("format")).isEqualTo("xlsx");
    assertThat(excel.getInt("rows")).isEqualTo(2);
    JsonObject excelDone = awaitImport(imports + "/" + excel.getString("id"), excel.getJsonObject("status"));
    assertThat(excelDone.getString("state")).as(excelDone.toString()).isEqualTo("done");
    assertThat(excelDone.getInt("imported")).isEqualTo(2);
    assertThat(titles(records)).containsExactlyInAnyOrder("表单一", "表单三", "表格一", "表格二");

    JsonObject tooLarge = uploadForm(imports, new MultipartBody().file("file", "huge.csv", "text/csv",
        () -> MultipartBody.repeated('a', 50L * 1024 * 1024 + 1)), 413);
    assertThat(tooLarge.getString("detail")).contains("50 MB");
    JsonObject mismatched = uploadForm(imports, new MultipartBody().file("file", "claims.xlsx", xlsxType, csv), 415);
    assertThat(mismatched.getString("detail")).isNotBlank();
    JsonObject badMode = uploadForm(imports, new MultipartBody().file("file", "claims.csv", "text/csv", csv)
        .text("mapping", "{\"0\": \"title\"}").text("mode", "sometimes"), 400);
    assertThat(badMode.toString()).contains("$.mode");
    JsonObject unknownHeader = uploadForm(imports, new MultipartBody().file("file", "claims.csv", "text/csv", csv)
        .text("mapping", "{\"颜色\": \"title\"}").text("mode", "valid-rows"), 400);
    assertThat(unknownHeader.toString()).contains("颜色");
    assertThat(uploadForm(imports, new MultipartBody().text("mapping", "{}"), 400).toString()).contains("$.file");
    assertThat(total(records)).as("refused uploads change nothing").isEqualTo(4);
  }

  private JsonObject uploadForm(String imports, MultipartBody body, int status) {
    HttpRequest.Builder request = client.asAdmin(imports).header("Content-Type", body.contentType());
    HttpResponse<String> response = client.send(request.POST(status == 413 ? body.publisher()
        : HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return AtriumClient.json(response).asJsonObject();
  }

  private List<String> titles(String records) {
    return AtriumClient.json(client.get(records)).asJsonObject().getJsonArray("records").stream()
        .map(r -> r.asJsonObject().getJsonObject("values").getString("title")).toList();
  }

  private JsonObject upload(String imports, String name, byte[] content, int status) {
    HttpResponse<String> response = client.send(client.asAdmin(imports + "?name=" + name)
        .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return AtriumClient.json(response).asJsonObject();
  }

  private JsonObject awaitImport(String path, HttpResponse<String> started) {
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    return awaitImport(path, AtriumClient.json(started).asJsonObject());
  }

  private JsonObject awaitImport(String path, JsonObject started) {
    JsonObject status = started;
    for (int i = 0; i < 600 && List.of("checking", "running").contains(status.getString("state")); i++) {
      AtriumClient.sleep(100);
      status = AtriumClient.json(client.get(path)).asJsonObject();
    }
    return status;
  }

  private long total(String records) {
    return AtriumClient.json(client.get(records)).asJsonObject().getJsonNumber("total").longValue();
  }
}
