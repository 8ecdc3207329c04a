package io.atrium.workflows.storage;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.branch;
import static io.atrium.workflows.Flows.parallel;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.workflows.Org;
import io.atrium.workflows.engine.Action;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.engine.ApprovalStatus;
import io.atrium.workflows.engine.InstanceStore;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.StaleInstanceException;
import io.atrium.workflows.engine.Task;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The engine on the plugin's tables; subclasses give the database. */
abstract class InstanceStoreContract {

  private final Org org = new Org(this::store);

  /** The store under test, on a migrated database. */
  abstract InstanceStore store(PluginTestKit kit);

  /** Releases the database. */
  void closeDatabase() {
  }

  @AfterEach
  void close() {
    org.close();
    closeDatabase();
  }

  @Test
  void whatTheEngineProducesIsWhatIsReadBack() {
    org.publish(process("p", org.root,
        approver("lead", users(org.bob)),
        parallel("review", branch("legalBranch", approver("legal", users(org.gina))),
            branch("moneyBranch", approver("money", users(org.erin, org.frank), "\"mode\": \"countersign\""))),
        approver("director", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    assertThat(org.reload(instance)).isEqualTo(instance);

    ActionResult last = org.approve(instance, org.bob);
    assertThat(org.reload(instance)).isEqualTo(last.instance());
    Task ginas = org.taskOf(instance, org.gina);
    last = org.act(instance, id -> new Action.Transfer(id, org.gina, ginas.id(), org.dan, "你来看看"));
    assertThat(org.reload(instance)).isEqualTo(last.instance());
    org.approve(instance, org.dan);
    org.approve(instance, org.erin);
    last = org.returnTo(instance, org.frank, "lead");
    assertThat(org.reload(instance)).isEqualTo(last.instance());
    assertThat(org.pending(instance)).containsExactly(org.bob);
    org.approve(instance, org.bob);
    org.approve(instance, org.gina);
    org.approve(instance, org.erin);
    org.approve(instance, org.frank);
    last = org.approve(instance, org.carol);

    assertThat(last.approvalStatus()).isEqualTo(ApprovalStatus.APPROVED);
    assertThat(org.reload(instance)).isEqualTo(last.instance());
  }

  @Test
  void theVersionCheckIsPartOfTheUpdate() {
    org.publish(process("p", org.root, approver("a", users(org.bob, org.carol), "\"mode\": \"orSign\"")));
    ProcessInstance started = org.start("p", Map.of());
    ProcessInstance moved = org.approve(started, org.bob).instance();

    // a writer that read version 1 before bob's approval was stored
    assertThatThrownBy(() -> org.store.update(started, moved))
        .isInstanceOf(StaleInstanceException.class)
        .hasMessageContaining("(version 2, not 1)");
    assertThat(org.reload(started)).isEqualTo(moved);
  }

  @Test
  void aRepeatedActionIsRecognisedFromTheDatabase() {
    org.publish(process("p", org.root, approver("a", users(org.bob)), approver("b", users(org.carol))));
    ProcessInstance instance = org.start("p", Map.of());
    Task bobs = org.taskOf(instance, org.bob);
    Action approve = new Action.Approve("click-1", org.bob, bobs.id(), "同意，金额无误");
    org.engine.act(instance.id(), 1, approve);
    ActionResult again = org.engine.act(instance.id(), 1, approve);

    assertThat(again.repeated()).isTrue();
    assertThat(again.events()).isEmpty();
    assertThat(again.approvalStatus()).isEqualTo(ApprovalStatus.IN_APPROVAL);
    assertThat(org.reload(instance).version()).isEqualTo(2);
  }
}
