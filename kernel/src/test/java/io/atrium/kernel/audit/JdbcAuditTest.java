package io.atrium.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.security.CallerContext;
import io.atrium.kernel.testing.KernelDatabase;
import io.atrium.kernel.time.KernelClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbcAuditTest {

  private final KernelDatabase database = new KernelDatabase();
  private final KernelClock clock = new KernelClock(ZoneId.of("Asia/Shanghai"));
  private final JdbcAudit audit = new JdbcAudit(database.jdbc().dataSource(), EnclosingTransaction.NONE, clock);
  private final AuditReader reader = new AuditReader(database.jdbc());
  private final AuditVerifier verifier = new AuditVerifier(database.jdbc());

  @AfterEach
  void close() throws Exception {
    CallerContext.clear();
    database.close();
  }

  private static AuditEvent change(String action, Map<String, ?> before, Map<String, ?> after) {
    return AuditEvent.admin(action, "user", 42, before, after);
  }

  private List<AuditEntry> inIdOrder() {
    List<AuditEntry> entries = new ArrayList<>(reader.page(AuditFilter.ALL, 0, 10_000).entries());
    java.util.Collections.reverse(entries);
    return entries;
  }

  @Test
  void entriesAreChainedFromTheGenesisAndVerify() {
    audit.record(change("user.create", Map.of(), Map.of("username", "alice")));
    audit.record(change("user.update", Map.of("displayName", "Alice"), Map.of("displayName", "王丽")));
    audit.record(AuditEvent.auth("login.failed", "mallory"));

    List<AuditEntry> entries = inIdOrder();
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).prevHash()).isEqualTo(AuditHash.GENESIS);
    assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).hash());
    assertThat(entries.get(2).prevHash()).isEqualTo(entries.get(1).hash());
    assertThat(entries).allSatisfy(e -> assertThat(AuditHash.of(e.prevHash(), e)).isEqualTo(e.hash()));
    assertThat(entries.get(1).afterJson()).isEqualTo("{\"displayName\":\"王丽\"}");

    AuditVerifier.Result result = verifier.verify();
    assertThat(result.ok()).isTrue();
    assertThat(result.checked()).isEqualTo(3);
    assertThat(result.firstBrokenId()).isNull();
    assertThat(result.lastId()).isEqualTo(entries.get(2).id());
    assertThat(result.lastHash()).isEqualTo(entries.get(2).hash());
  }

  @Test
  void anEmptyLogVerifies() {
    assertThat(verifier.verify()).satisfies(r -> {
      assertThat(r.ok()).isTrue();
      assertThat(r.checked()).isZero();
      assertThat(r.lastHash()).isEqualTo(AuditHash.GENESIS);
    });
  }

  @Test
  void whoWhenAndFromWhereComeFromTheSubjectTheCallerAndTheKernelClock() {
    clock.advance(Duration.ofDays(3));
    CallerContext.set(new CallerContext("203.0.113.7", "Mozilla/5.0 Test", Locale.ENGLISH));
    Subject alice = new Subject.Builder(new DefaultSecurityManager())
        .principals(new SimplePrincipalCollection(new AtriumPrincipal(7, "alice"), "atrium")).authenticated(true)
        .buildSubject();

    alice.execute(() -> audit.record(change("user.update", Map.of(), Map.of("email", "a@example.com"))));
    audit.record(AuditEvent.auth("login.failed", "mallory"));
    audit.record(AuditEvent.auth("login.success", "bob"), new AtriumPrincipal(9, "bob"));

    List<AuditEntry> entries = inIdOrder();
    AuditEntry byAlice = entries.get(0);
    assertThat(byAlice.actorId()).isEqualTo(7L);
    assertThat(byAlice.actorName()).isEqualTo("alice");
    assertThat(byAlice.address()).isEqualTo("203.0.113.7");
    assertThat(byAlice.userAgent()).isEqualTo("Mozilla/5.0 Test");
    assertThat(byAlice.source()).isEqualTo("kernel");
    assertThat(Duration.between(Instant.now().plus(Duration.ofDays(3)), byAlice.occurredAt()).abs())
        .isLessThan(Duration.ofMinutes(1));
    assertThat(entries.get(1).actorId()).isNull();
    assertThat(entries.get(1).actorName()).isEqualTo("mallory");
    assertThat(entries.get(2).actorId()).isEqualTo(9L);
    assertThat(entries.get(2).actorName()).isEqualTo("bob");
  }

  @Test
  void valuesAreCanonicalAndSecretKeysAreDroppedAtEveryLevel() {
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("zeta", 1);
    after.put("alpha", null);
    after.put("Password", "hunter2");
    after.put("apiToken", "atr_abc");
    after.put("clientSecret", "s3cr3t");
    after.put("nested", Map.of("newPassword", "x", "kept", List.of(Map.of("token", "y", "ok", true))));
    after.put("when", Instant.parse("2025-03-01T00:00:00Z"));
    audit.record(change("user.update", Map.of("oldPasswordHash", "$argon2id$..."), after));

    AuditEntry entry = inIdOrder().get(0);
    assertThat(entry.beforeJson()).isEqualTo("{}");
    assertThat(entry.afterJson()).isEqualTo(
        "{\"alpha\":null,\"nested\":{\"kept\":[{\"ok\":true}]},\"when\":\"2025-03-01T00:00:00Z\",\"zeta\":1}");
    assertThat(entry.afterJson()).doesNotContain("hunter2", "atr_abc", "s3cr3t", "argon2");
  }

  @Test
  void theVerifierFindsAnEntryChangedAfterItWasWritten() {
    for (int i = 0; i < 4; i++) {
      audit.record(change("user.update", Map.of(), Map.of("n", i)));
    }
    long second = inIdOrder().get(1).id();

    database.jdbc().update("UPDATE atrium_audit SET after_json = ? WHERE id = ?", "{\"n\":99}", second);

    AuditVerifier.Result result = verifier.verify();
    assertThat(result.ok()).isFalse();
    assertThat(result.reason()).isEqualTo(AuditVerifier.Reason.CHANGED);
    assertThat(result.firstBrokenId()).isEqualTo(second);
    assertThat(result.checked()).isEqualTo(1);
  }

  @Test
  void theVerifierFindsAChangedActorEvenWhenTheValuesAreUntouched() {
    audit.record(AuditEvent.auth("login.failed", "mallory"));
    long id = inIdOrder().get(0).id();

    database.jdbc().update("UPDATE atrium_audit SET actor_name = 'someone-else' WHERE id = ?", id);

    assertThat(verifier.verify().reason()).isEqualTo(AuditVerifier.Reason.CHANGED);
  }

  @Test
  void theVerifierFindsADeletedEntryAsABrokenLink() {
    for (int i = 0; i < 4; i++) {
      audit.record(change("user.update", Map.of(), Map.of("n", i)));
    }
    List<AuditEntry> entries = inIdOrder();

    database.jdbc().update("DELETE FROM atrium_audit WHERE id = ?", entries.get(1).id());

    AuditVerifier.Result result = verifier.verify();
    assertThat(result.ok()).isFalse();
    assertThat(result.reason()).isEqualTo(AuditVerifier.Reason.MISSING);
    assertThat(result.firstBrokenId()).isEqualTo(entries.get(2).id());
    assertThat(result.checked()).isEqualTo(1);
  }

  @Test
  void theVerifierFindsDeletedNewestEntries() {
    for (int i = 0; i < 3; i++) {
      audit.record(change("user.update", Map.of(), Map.of("n", i)));
    }
    List<AuditEntry> entries = inIdOrder();

    database.jdbc().update("DELETE FROM atrium_audit WHERE id = ?", entries.get(2).id());

    AuditVerifier.Result result = verifier.verify();
    assertThat(result.ok()).isFalse();
    assertThat(result.reason()).isEqualTo(AuditVerifier.Reason.TRUNCATED);
    assertThat(result.firstBrokenId()).isEqualTo(entries.get(2).id());
    assertThat(result.checked()).isEqualTo(2);
  }

  @Test
  void theVerifierFindsASwappedPair() {
    for (int i = 0; i < 4; i++) {
      audit.record(change("user.update", Map.of(), Map.of("n", i)));
    }
    List<AuditEntry> entries = inIdOrder();

    swap(entries.get(1), entries.get(2));

    AuditVerifier.Result result = verifier.verify();
    assertThat(result.ok()).isFalse();
    assertThat(result.reason()).isEqualTo(AuditVerifier.Reason.REORDERED);
    assertThat(result.firstBrokenId()).isEqualTo(entries.get(1).id());
    assertThat(result.checked()).isEqualTo(1);
  }

  /** Moves each entry's stored row, hashes included, to the other's id. */
  private void swap(AuditEntry a, AuditEntry b) {
    String sql = "UPDATE atrium_audit SET occurred_at = ?, actor_id = ?, actor_name = ?, address = ?, user_agent = ?, "
        + "category = ?, action = ?, object_type = ?, object_id = ?, source = ?, before_json = ?, after_json = ?, "
        + "prev_hash = ?, hash = ? WHERE id = ?";
    for (AuditEntry[] pair : new AuditEntry[][] {{a, b}, {b, a}}) {
      AuditEntry from = pair[0];
      database.jdbc().update(sql, from.occurredAt(), from.actorId(), from.actorName(), from.address(),
          from.userAgent(), from.category(), from.action(), from.objectType(), from.objectId(), from.source(),
          from.beforeJson(), from.afterJson(), from.prevHash(), from.hash(), pair[1].id());
    }
  }

  @Test
  void theVerifierWalksPageByPageAndFindsABreakFarIn() {
    int count = AuditVerifier.PAGE * 2 + 150;
    for (int i = 0; i < count; i++) {
      audit.record(change("user.update", Map.of(), Map.of("n", i)));
    }
    assertThat(verifier.verify()).satisfies(r -> {
      assertThat(r.ok()).isTrue();
      assertThat(r.checked()).isEqualTo(count);
    });
    long target = inIdOrder().get(AuditVerifier.PAGE + 500).id();

    database.jdbc().update("UPDATE atrium_audit SET object_id = '43' WHERE id = ?", target);

    assertThat(verifier.verify()).satisfies(r -> {
      assertThat(r.firstBrokenId()).isEqualTo(target);
      assertThat(r.checked()).isEqualTo(AuditVerifier.PAGE + 500);
    });
  }

  @Test
  void concurrentWritersKeepOneValidChain() throws Exception {
    int threads = 6;
    int perThread = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            audit.record(change("user.update", Map.of(), Map.of("thread", thread, "n", i)));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    List<AuditEntry> entries = inIdOrder();
    assertThat(entries).hasSize(threads * perThread);
    assertThat(entries.stream().map(AuditEntry::prevHash).distinct()).hasSize(threads * perThread);
    AuditVerifier.Result result = verifier.verify();
    assertThat(result.ok()).as("%s", result).isTrue();
    assertThat(result.checked()).isEqualTo(threads * perThread);
  }

  @Test
  void aWriterWaitsForALongTransactionBeyondTheLockTimeoutOfH2() throws Exception {
    TestTransaction holder = new TestTransaction(database.jdbc().dataSource());
    JdbcAudit inHolder = new JdbcAudit(holder.dataSource(), holder, clock);
    holder.begin();
    // holds the head as a slow committing transaction would
    holder.execute("SELECT last_hash FROM atrium_audit_head WHERE id = 1 FOR UPDATE");
    inHolder.record(change("user.update", Map.of(), Map.of("by", "holder")));
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      Future<?> waiting = pool.submit(() -> audit.record(change("user.update", Map.of(), Map.of("by", "waiter"))));
      Thread.sleep(2500);
      assertThat(waiting).as("the writer waits for the head").isNotDone();
      holder.commit();
      waiting.get(1, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }

    assertThat(inIdOrder()).extracting(AuditEntry::afterJson).containsExactly("{\"by\":\"holder\"}",
        "{\"by\":\"waiter\"}");
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void concurrentTransactionsChainInCommitOrder() throws Exception {
    // two transactions that each record, interleaved: the second commits first
    TestTransaction first = new TestTransaction(database.jdbc().dataSource());
    TestTransaction second = new TestTransaction(database.jdbc().dataSource());
    JdbcAudit inFirst = new JdbcAudit(first.dataSource(), first, clock);
    JdbcAudit inSecond = new JdbcAudit(second.dataSource(), second, clock);
    first.begin();
    second.begin();
    inFirst.record(change("user.update", Map.of(), Map.of("tx", "first")));
    inSecond.record(change("user.update", Map.of(), Map.of("tx", "second")));
    second.commit();
    first.commit();

    assertThat(inIdOrder()).extracting(AuditEntry::afterJson).containsExactly("{\"tx\":\"second\"}",
        "{\"tx\":\"first\"}");
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void anEntryInATransactionIsWrittenWithItAndRolledBackWithIt() throws Exception {
    TestTransaction transaction = new TestTransaction(database.jdbc().dataSource());
    JdbcAudit joined = new JdbcAudit(transaction.dataSource(), transaction, clock);

    transaction.begin();
    joined.record(change("user.create", Map.of(), Map.of("username", "ghost")));
    joined.record(change("user.update", Map.of(), Map.of("username", "ghost2")));
    assertThat(reader.count(AuditFilter.ALL)).as("nothing before the commit").isZero();
    transaction.rollback();
    assertThat(reader.count(AuditFilter.ALL)).isZero();

    transaction.begin();
    joined.record(change("user.create", Map.of(), Map.of("username", "alice")));
    joined.record(change("user.update", Map.of(), Map.of("username", "alice2")));
    transaction.commit();
    audit.record(AuditEvent.auth("logout", "alice"));

    assertThat(inIdOrder()).extracting(AuditEntry::action).containsExactly("user.create", "user.update", "logout");
    assertThat(verifier.verify()).satisfies(r -> {
      assertThat(r.ok()).isTrue();
      assertThat(r.checked()).isEqualTo(3);
    });
  }

  @Test
  void aTransactionWhoseAuditEntryCannotBeWrittenDoesNotCommit() throws Exception {
    TestTransaction transaction = new TestTransaction(database.jdbc().dataSource());
    JdbcAudit joined = new JdbcAudit(transaction.dataSource(), transaction, clock);
    transaction.begin();
    transaction.execute("INSERT INTO atrium_role (name, description) VALUES ('auditors', 'x')");
    joined.record(change("role.create", Map.of(), Map.of("name", "auditors")));
    // the chain head is gone: the entry cannot be chained
    transaction.execute("DELETE FROM atrium_audit_head");

    assertThatThrownBy(transaction::commit).isInstanceOf(JdbcAudit.AuditFailedException.class);

    assertThat(database.jdbc().query("SELECT name FROM atrium_role WHERE name = 'auditors'", r -> r.getString(1)))
        .isEmpty();
    assertThat(reader.count(AuditFilter.ALL)).isZero();
  }

  @Test
  void longTextsAreCutToTheColumnsWithoutSplittingCharacters() {
    CallerContext.set(new CallerContext("::1", "😀".repeat(400), Locale.ENGLISH));
    audit.record(new AuditEvent("data", "x".repeat(300), "t", "o", Map.of(), Map.of(), "forms", null));

    AuditEntry entry = inIdOrder().get(0);
    assertThat(entry.action()).hasSize(100);
    assertThat(entry.userAgent().length()).isLessThanOrEqualTo(500);
    assertThat(Character.isHighSurrogate(entry.userAgent().charAt(entry.userAgent().length() - 1))).isFalse();
    assertThat(verifier.verify().ok()).isTrue();
  }

  @Test
  void aPluginsEntriesAreDataWithThePluginAsSource() {
    new PluginAuditLog("forms", audit, reader).record("record.update", "forms:leads", "17", Map.of("stage", "new"),
        Map.of("stage", "won"));

    AuditEntry entry = inIdOrder().get(0);
    assertThat(entry.category()).isEqualTo("data");
    assertThat(entry.source()).isEqualTo("forms");
    assertThat(entry.objectType()).isEqualTo("forms:leads");
    assertThat(entry.objectId()).isEqualTo("17");
    assertThat(Set.of(entry.beforeJson(), entry.afterJson())).containsExactlyInAnyOrder("{\"stage\":\"new\"}",
        "{\"stage\":\"won\"}");
  }

  @Test
  void aPluginReadsBackOnlyItsOwnEntriesOfAnObjectOldestFirst() {
    PluginAuditLog forms = new PluginAuditLog("forms", audit, reader);
    forms.record("record.create", "forms.leads", "17", Map.of(), Map.of("stage", "new", "amount", 12.5));
    new PluginAuditLog("mallory", audit, reader).record("record.update", "forms.leads", "17", Map.of(),
        Map.of("stage", "forged"));
    audit.record(AuditEvent.admin("user.update", "forms.leads", 17, Map.of(), Map.of()));
    forms.record("record.update", "forms.leads", "18", Map.of(), Map.of("stage", "other"));
    java.util.Map<String, Object> before = new LinkedHashMap<>();
    before.put("stage", "new");
    before.put("note", null);
    forms.record("record.update", "forms.leads", "17", before, Map.of("stage", "won", "tags", List.of("a", 2)));

    List<io.atrium.sdk.audit.AuditEntry> history = forms.entries("forms.leads", "17", 0, 50);

    assertThat(history).extracting(io.atrium.sdk.audit.AuditEntry::action)
        .containsExactly("record.create", "record.update");
    assertThat(history.get(0).after()).containsEntry("amount", new java.math.BigDecimal("12.5"));
    assertThat(history.get(1).before()).containsEntry("stage", "new").containsEntry("note", null);
    assertThat(history.get(1).after()).containsEntry("tags", List.of("a", 2L));
    assertThat(history.get(1).occurredAt()).isNotNull();
    assertThat(forms.entries("forms.leads", "17", 1, 50)).hasSize(1);
    assertThat(forms.entries("forms.leads", "17", 0, 0)).isEmpty();
    assertThat(new PluginAuditLog("other", audit, reader).entries("forms.leads", "17", 0, 50)).isEmpty();
  }
}
