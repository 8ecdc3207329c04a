package io.atrium.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.time.KernelClock;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AuditReaderTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final KernelDatabase database = new KernelDatabase();
  private final KernelClock clock = new KernelClock(SHANGHAI);
  private final JdbcAudit audit = new JdbcAudit(database.jdbc().dataSource(), EnclosingTransaction.NONE, clock);
  private final AuditReader reader = new AuditReader(database.jdbc());

  @AfterEach
  void close() throws Exception {
    database.close();
  }

  private static AuditFilter filter(String actor, String category, String action, String objectType, String objectId,
      String text) {
    return new AuditFilter(null, null, actor, category, action, objectType, objectId, text);
  }

  private void sample() {
    audit.record(AuditEvent.auth("login.failed", "mallory"));
    audit.record(AuditEvent.auth("login.success", "alice"), new AtriumPrincipal(7, "alice"));
    audit.record(AuditEvent.admin("user.update", "user", 42, Map.of("displayName", "Alice"),
        Map.of("displayName", "王丽 100%_done")), new AtriumPrincipal(7, "alice"));
    audit.record(AuditEvent.denied("atrium:audit:view", "GET /api/v1/audit"), new AtriumPrincipal(8, "bob"));
    audit.record(new AuditEvent("data", "record.update", "forms:leads", "17", Map.of(), Map.of("stage", "won"),
        "forms", null), new AtriumPrincipal(8, "bob"));
  }

  private List<String> actions(AuditFilter filter) {
    return reader.page(filter, 0, 100).entries().stream().map(AuditEntry::action).toList();
  }

  @Test
  void listsNewestFirstWithTheTotalAndPages() {
    sample();

    AuditReader.Page first = reader.page(AuditFilter.ALL, 0, 2);
    AuditReader.Page last = reader.page(AuditFilter.ALL, 4, 2);

    assertThat(first.total()).isEqualTo(5);
    assertThat(first.entries()).extracting(AuditEntry::action).containsExactly("record.update", "permission.denied");
    assertThat(last.entries()).extracting(AuditEntry::action).containsExactly("login.failed");
  }

  @Test
  void filtersByEachPart() {
    sample();

    assertThat(actions(filter("alice", null, null, null, null, null))).containsExactly("user.update",
        "login.success");
    assertThat(actions(filter(null, "auth", null, null, null, null))).containsExactly("login.success",
        "login.failed");
    assertThat(actions(filter(null, null, "login.", null, null, null))).containsExactly("login.success",
        "login.failed");
    assertThat(actions(filter(null, null, null, "user", "42", null))).containsExactly("user.update");
    assertThat(actions(filter(null, null, null, "forms:leads", null, null))).containsExactly("record.update");
    assertThat(actions(filter("bob", "denied", null, null, null, null))).containsExactly("permission.denied");
    assertThat(reader.count(filter(" ", "", null, null, null, null))).isEqualTo(5);
  }

  @Test
  void textSearchIgnoresCaseAndTakesWildcardsLiterally() {
    sample();

    assertThat(actions(filter(null, null, null, null, null, "MALLORY"))).containsExactly("login.failed");
    assertThat(actions(filter(null, null, null, null, null, "王丽"))).containsExactly("user.update");
    assertThat(actions(filter(null, null, null, null, null, "100%_d"))).containsExactly("user.update");
    assertThat(actions(filter(null, null, null, null, null, "%"))).containsExactly("user.update");
    assertThat(actions(filter(null, null, null, null, null, "audit:view"))).containsExactly("permission.denied");
    assertThat(actions(filter(null, null, "login%", null, null, null))).isEmpty();
  }

  @Test
  void filtersByTimeRange() {
    audit.record(AuditEvent.auth("login.failed", "early"));
    clock.advance(Duration.ofHours(2));
    Instant middle = clock.now();
    audit.record(AuditEvent.auth("login.failed", "late"));

    assertThat(reader.page(new AuditFilter(middle.minusSeconds(60), null, null, null, null, null, null, null), 0, 10)
        .entries()).extracting(AuditEntry::actorName).containsExactly("late");
    assertThat(reader.page(new AuditFilter(null, middle.minusSeconds(60), null, null, null, null, null, null), 0, 10)
        .entries()).extracting(AuditEntry::actorName).containsExactly("early");
  }

  @Test
  void walksThroughManyEntriesInBatchesNewestFirst() {
    int count = AuditReader.BATCH * 2 + 7;
    for (int i = 0; i < count; i++) {
      audit.record(AuditEvent.admin("user.update", "user", i, Map.of(), Map.of("n", i)));
    }
    audit.record(AuditEvent.auth("login.failed", "other"));

    List<String> ids = new ArrayList<>();
    reader.forEach(filter(null, "admin", null, null, null, null), e -> ids.add(e.objectId()));

    assertThat(ids).hasSize(count);
    assertThat(ids.get(0)).isEqualTo(String.valueOf(count - 1));
    assertThat(ids.get(count - 1)).isEqualTo("0");
    assertThat(ids).doesNotHaveDuplicates();
  }

  @Test
  void theCsvHasABomAHeaderAndDefusedQuotedCells() throws Exception {
    audit.record(AuditEvent.auth("login.failed", "=HYPERLINK(\"http://evil\")"));
    audit.record(AuditEvent.admin("user.update", "user", "-5", Map.of(), Map.of("displayName", "王丽, \"经理\"")),
        new AtriumPrincipal(7, "@alice"));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AuditCsv.write(reader, AuditFilter.ALL, SHANGHAI, out);
    byte[] bytes = out.toByteArray();

    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    String[] lines = csv.split("\r\n");
    assertThat(lines).hasSize(3);
    assertThat(lines[0]).isEqualTo(String.join(",", AuditCsv.HEADER));
    assertThat(lines[1]).contains(",'@alice,").contains(",'-5,")
        .contains(",\"{\"\"displayName\"\":\"\"王丽, \\\"\"经理\\\"\"\"\"}\",").contains("+08:00");
    assertThat(lines[2]).contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",");
  }

  @Test
  void csvCells() {
    assertThat(AuditCsv.cell("plain")).isEqualTo("plain");
    assertThat(AuditCsv.cell("")).isEmpty();
    assertThat(AuditCsv.cell("=1+1")).isEqualTo("'=1+1");
    assertThat(AuditCsv.cell("+86 138")).isEqualTo("'+86 138");
    assertThat(AuditCsv.cell("\tx")).isEqualTo("'\tx");
    assertThat(AuditCsv.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(AuditCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
    assertThat(AuditCsv.cell("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
  }
}
