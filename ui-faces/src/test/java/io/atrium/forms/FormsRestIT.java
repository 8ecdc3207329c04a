package io.atrium.forms;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.testing.AtriumClient;
import io.atrium.testing.AtriumServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forms REST API on the real server and database: a form scripted as JSON, published into a
 * table, filled, listed, changed concurrently, deleted and restored; a second version migrates the
 * table; permissions, row scope and field access hold.
 */
class FormsRestIT extends AtriumServer {

  private static final String PASSWORD = "Forms-IT-2026!";

  @BeforeEach
  void formsPlugin() {
    JsonObject plugin = client.plugin("forms");
    if (plugin == null) {
      HttpResponse<String> upload = client.upload(formsJar());
      assertThat(upload.statusCode()).as(upload.body()).isIn(201, 409);
    }
    client.awaitPlugin("forms", p -> p != null && "ACTIVE".equals(p.getString("state")), Duration.ofSeconds(60));
  }

  private static String unique(String prefix) {
    return prefix + "-" + Long.toString(System.nanoTime(), 36);
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

  @Test
  void recordsAreImportedFromCsvAndExcelInBothModesAndExportedWithoutHiddenFields() throws Exception {
    String key = unique("register");
    assertThat(client.postJson("/api/v1/forms", SIMPLE.formatted(key)).statusCode()).isEqualTo(201);
    assertThat(client.post("/api/v1/forms/" + key + "/publish").statusCode()).isEqualTo(200);
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

  private JsonObject upload(String imports, String name, byte[] content, int status) {
    HttpResponse<String> response = client.send(client.asAdmin(imports + "?name=" + name)
        .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(content)));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    return AtriumClient.json(response).asJsonObject();
  }

  private JsonObject awaitImport(String path, HttpResponse<String> started) {
    assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
    JsonObject status = AtriumClient.json(started).asJsonObject();
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
