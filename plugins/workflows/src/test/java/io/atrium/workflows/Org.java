package io.atrium.workflows;

import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.sdk.testkit.TestDirectory;
import io.atrium.workflows.approver.ApproverStrategies;
import io.atrium.workflows.definition.DefinitionValidator;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.json.ProcessDefinitionJson;
import io.atrium.workflows.engine.Action;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.engine.EngineHooks;
import io.atrium.workflows.engine.MemoryDefinitions;
import io.atrium.workflows.engine.InstanceStore;
import io.atrium.workflows.engine.MemoryInstanceStore;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.WorkflowEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A small company and an engine over memory stores, for tests without a server. Sales: alice
 * (submitter) and dan, headed by bob; bob reports to carol, who heads the company. Finance: erin and
 * frank hold the role {@code finance}; gina holds {@code legal}; root is the process admin.
 */
public final class Org implements AutoCloseable {

  public final PluginTestKit kit = PluginTestKit.forPlugin("workflows").start();
  public final TestDirectory directory = kit.directory();
  public final long company = directory.department("Company", null, null);
  public final long sales = directory.department("Sales", company, null);
  public final long finance = directory.department("Finance", company, null);
  public final long carol = directory.person("carol", "Carol", company, null);
  public final long bob = directory.person("bob", "Bob", sales, carol);
  public final long alice = directory.person("alice", "Alice", sales, bob);
  public final long dan = directory.person("dan", "Dan", sales, bob);
  public final long erin = directory.person("erin", "Erin", finance, carol);
  public final long frank = directory.person("frank", "Frank", finance, carol);
  public final long gina = directory.person("gina", "Gina", company, carol);
  public final long root = directory.person("root", "Root", null, null);

  public final ApproverStrategies strategies = ApproverStrategies.builtIn(directory, kit.expressions());
  public final DefinitionValidator validator = new DefinitionValidator(strategies, kit.expressions());
  public final ProcessDefinitionJson json = new ProcessDefinitionJson();
  public final MemoryDefinitions definitions = new MemoryDefinitions();
  public final Map<String, Map<String, Object>> records = new HashMap<>();
  /** Who is out of office now, and their stand-in. */
  public final Map<Long, Long> away = new ConcurrentHashMap<>();
  public final InstanceStore store;
  public final WorkflowEngine engine;

  /** The org with instances in memory. */
  public Org() {
    this(kit -> new MemoryInstanceStore());
  }

  /** The org with instances in a store on the test kit; sets up the org chart's heads and roles. */
  public Org(Function<PluginTestKit, InstanceStore> storeFactory) {
    store = storeFactory.apply(kit);
    engine = new WorkflowEngine(definitions, store, ref -> records.getOrDefault(ref, Map.of()), strategies, directory,
        kit.expressions(), kit.clock().asClock(),
        EngineHooks.none().withAbsences((user, at) -> Optional.ofNullable(away.get(user))));
    directory.head(company, carol);
    directory.head(sales, bob);
    directory.head(finance, erin);
    directory.role("finance", erin, frank);
    directory.role("legal", gina);
  }

  /** Reads, checks and publishes a definition; a problem fails the test. */
  public ProcessDefinition publish(String definitionJson) {
    ProcessDefinition definition = json.read(definitionJson);
    validator.checkPublishable(definition, null);
    definitions.publish(definition);
    return definition;
  }

  /** Alice starts a process on a new record with these fields. */
  public ProcessInstance start(String key, Map<String, Object> fields) {
    return startBy(alice, key, fields);
  }

  /** Someone starts a process on a new record with these fields. */
  public ProcessInstance startBy(long submitter, String key, Map<String, Object> fields) {
    String record = "test:" + UUID.randomUUID();
    records.put(record, new HashMap<>(fields));
    return engine.start(UUID.randomUUID().toString(), key, record, submitter).instance();
  }

  /** The instance as stored now. */
  public ProcessInstance reload(ProcessInstance instance) {
    return engine.instance(instance.id()).orElseThrow();
  }

  /** Someone's pending task; fails when they have none. */
  public Task taskOf(ProcessInstance instance, long user) {
    return reload(instance).pendingTaskOf(user).orElseThrow(() -> new AssertionError(
        "user " + user + " has no pending task; pending: " + reload(instance).pendingTasks()));
  }

  /** Who has a pending task now, sorted. */
  public List<Long> pending(ProcessInstance instance) {
    return reload(instance).pendingTasks().stream().map(Task::assigneeId).sorted().toList();
  }

  /** Applies an action made for the current version and a fresh action id. */
  public ActionResult act(ProcessInstance instance, java.util.function.Function<String, Action> action) {
    ProcessInstance now = reload(instance);
    return engine.act(now.id(), now.version(), action.apply(UUID.randomUUID().toString()));
  }

  /** Someone approves their pending task. */
  public ActionResult approve(ProcessInstance instance, long user) {
    Task task = taskOf(instance, user);
    return act(instance, id -> new Action.Approve(id, user, task.id(), "ok"));
  }

  /** Someone rejects their pending task. */
  public ActionResult reject(ProcessInstance instance, long user) {
    Task task = taskOf(instance, user);
    return act(instance, id -> new Action.Reject(id, user, task.id(), "no"));
  }

  /** Someone returns their pending task to a node, or to the previous one with null. */
  public ActionResult returnTo(ProcessInstance instance, long user, String node) {
    Task task = taskOf(instance, user);
    return act(instance, id -> new Action.Return(id, user, task.id(), node, "please fix"));
  }

  @Override
  public void close() {
    kit.close();
  }
}
