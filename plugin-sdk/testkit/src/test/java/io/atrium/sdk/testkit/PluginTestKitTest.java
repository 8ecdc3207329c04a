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
}
