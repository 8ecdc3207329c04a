package io.atrium.workflows.storage;

import static io.atrium.workflows.Flows.approver;
import static io.atrium.workflows.Flows.process;
import static io.atrium.workflows.Flows.users;
import static org.assertj.core.api.Assertions.assertThat;

import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.json.ProcessDefinitionJson;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drafts and published versions on H2, migrated by the test kit as the server does. */
class JdbcDefinitionStoreH2Test {

  private final PluginTestKit kit = PluginTestKit.forPlugin("workflows").start();
  private final JdbcDefinitionStore store = new JdbcDefinitionStore(kit.persistence(), kit.transactions());
  private final ProcessDefinitionJson json = new ProcessDefinitionJson();
  private final Instant now = Instant.parse("2026-12-03T08:00:00Z");

  @AfterEach
  void close() {
    kit.close();
  }

  @Test
  void publishedVersionsStayAsTheyWereWhileTheDraftChanges() {
    String first = process("p", 1, approver("a", users(2)));
    store.insert(new StoredProcess("p", "p", "forms.campaign", first, 0, 1L, now));
    assertThat(store.latest("p")).as("nothing published yet").isEmpty();

    StoredProcess stored = store.process("p").orElseThrow();
    assertThat(store.publish(stored, json.read(first), 1L, now)).contains(1);
    assertThat(store.publish(stored, json.read(first), 1L, now)).as("someone published version 1 meanwhile")
        .isEmpty();

    String second = process("p", 1, approver("a", users(2)), approver("b", users(3)));
    assertThat(store.saveDraft(new StoredProcess("p", "p2", "forms.campaign", second, 1, 1L, now))).isTrue();
    StoredProcess changed = store.process("p").orElseThrow();
    assertThat(changed.draftJson()).isEqualTo(second);
    assertThat(changed.name()).isEqualTo("p2");
    assertThat(store.publish(changed, json.read(second), 1L, now.plusSeconds(60))).contains(2);

    ProcessDefinition one = store.find("p", 1).orElseThrow();
    ProcessDefinition two = store.latest("p").orElseThrow();
    assertThat(one.version()).isEqualTo(1);
    assertThat(one.nodes()).hasSize(3);
    assertThat(two.version()).isEqualTo(2);
    assertThat(two.nodes()).hasSize(4);
    assertThat(store.versions("p")).extracting(PublishedVersion::version).containsExactly(1, 2);
    assertThat(store.versions("p").get(1).publishedAt()).isEqualTo(now.plusSeconds(60));
    assertThat(store.list()).extracting(StoredProcess::key).containsExactly("p");
    assertThat(store.saveDraft(new StoredProcess("q", "q", "forms.x", second, 0, null, now))).isFalse();
  }
}
