package io.atrium.sdk.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.persistence.TransactionRequiredException;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.scheduler.Scheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PluginTestKitTest {

  /** A component that needs a service the kit does not have. */
  static final class NeedsSomethingElse {
    NeedsSomethingElse(Transactions transactions, Runnable other) {
    }
  }

  /** A component built from host services. */
  static final class UsesHostServices {
    final Transactions transactions;
    final Scheduler scheduler;

    UsesHostServices(Transactions transactions, Scheduler scheduler) {
      this.transactions = transactions;
      this.scheduler = scheduler;
    }
  }

  private PluginTestKit kit;

  @BeforeEach
  void start() {
    kit = PluginTestKit.forPlugin("kit-test").migrations("db/kit-test").start();
  }

  @AfterEach
  void stop() {
    kit.close();
  }

  @Test
  void createsComponentsThroughTheirConstructorWithHostServices() {
    UsesHostServices component = kit.create(UsesHostServices.class);

    assertThat(component.transactions).isSameAs(kit.transactions());
    assertThat(component.scheduler).isSameAs(kit.scheduler());
  }

  @Test
  void namesTheServicesAComponentMisses() {
    assertThatThrownBy(() -> kit.create(NeedsSomethingElse.class))
        .hasMessageContaining("java.lang.Runnable");
  }

  @Test
  void afterCommitActionsRunOnlyWhenTheTransactionCommits() {
    List<String> ran = new ArrayList<>();
    kit.transactions().required(() -> {
      kit.transactions().afterCommit(() -> ran.add("committed"));
      return null;
    });
    assertThatThrownBy(() -> kit.transactions().required(() -> {
      kit.transactions().afterCommit(() -> ran.add("rolled back"));
      throw new IllegalStateException("boom");
    })).hasMessage("boom");

    assertThat(ran).containsExactly("committed");
  }

  @Test
  void theEntityManagerNeedsATransaction() {
    assertThatThrownBy(() -> kit.persistence().entityManager())
        .isInstanceOf(TransactionRequiredException.class)
        .hasMessageContaining("Transactions.required");
  }

  @Test
  void migrationsRunWithThePluginsPrefix() throws Exception {
    kit.sql("INSERT INTO kit_test_note (id, text) VALUES (1, 'hi')");
    try (var connection = kit.dataSource().getConnection();
        var rows = connection.createStatement().executeQuery("SELECT text FROM kit_test_note")) {
      assertThat(rows.next()).isTrue();
      assertThat(rows.getString(1)).isEqualTo("hi");
    }
  }

  @Test
  void theTestUserHoldsOnlyTheGrantedPermissions() {
    kit.user().signIn("bob", "kit-test:note:read");

    assertThat(kit.user().username()).contains("bob");
    assertThat(kit.user().isPermitted("kit-test:note:read")).isTrue();
    assertThat(kit.user().isPermitted("kit-test:note:write")).isFalse();
    kit.user().signOut();
    assertThat(kit.user().isPermitted("kit-test:note:read")).isFalse();
  }

  @Test
  void theOrgChartAccessAndAuditDoublesAnswerLikeTheServer() {
    long sales = kit.directory().department("销售部", null, null);
    long east = kit.directory().department("华东区", sales, null);
    long boss = kit.directory().person("wang", "王总", sales, null);
    long rep = kit.directory().person("li", "李雷", east, boss);
    kit.directory().head(east, boss);
    kit.directory().role("sales", rep);

    assertThat(kit.directory().managerChain(rep, 5)).extracting(p -> p.username()).containsExactly("wang");
    assertThat(kit.directory().headOf(east, 0)).map(p -> p.username()).hasValue("wang");
    assertThat(kit.directory().members(sales, true)).extracting(p -> p.username()).containsExactly("li", "wang");
    assertThat(kit.directory().withRole("sales")).extracting(p -> p.id()).containsExactly(rep);

    assertThat(kit.access().rows("kit-test:notes", "view").all()).isTrue();
    kit.access().rows("kit-test:notes", "view", java.util.Set.of(rep), java.util.Set.of());
    assertThat(kit.access().rows("kit-test:notes", "view").permits(boss, sales)).isFalse();
    kit.access().field("kit-test:notes", "secret", io.atrium.sdk.security.FieldAccess.HIDDEN);
    assertThat(kit.access().field("kit-test:notes", "secret").readable()).isFalse();

    kit.audit().record("note.delete", "kit-test:notes", "7");
    assertThat(kit.audit().entries()).singleElement().satisfies(e -> assertThat(e.objectId()).isEqualTo("7"));
  }
}
