package io.atrium.benchmarks.workflows;

import io.atrium.benchmarks.forms.Workers;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.testkit.JdbcTransactions;
import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.sdk.testkit.TestDirectory;
import io.atrium.workflows.approver.ApproverStrategies;
import io.atrium.workflows.definition.DefinitionValidator;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.json.ProcessDefinitionJson;
import io.atrium.workflows.engine.Action;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.engine.ApprovalStatus;
import io.atrium.workflows.engine.InstanceStatus;
import io.atrium.workflows.engine.MemoryDefinitions;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.WorkflowEngine;
import io.atrium.workflows.storage.JdbcInstanceStore;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

/**
 * Atrium's approval engine as the server builds it, outside a server: {@link JdbcInstanceStore} on
 * the benchmark's pool through JDBC transactions (one connection per transaction, as JTA gives it),
 * approvers from a directory of the test kit. One instance: start on a new form record, then each
 * approver looks up their pending task and approves it; the last approval writes the record's status.
 */
final class AtriumApprovals implements AutoCloseable {

  /** The plugin's table prefix on the server. */
  static final String TABLE_PREFIX = "workflows_";
  static final String ENGINE = "atrium";
  private static final String KEY = "bench-approval";

  // the kit only for its directory and expressions; its own H2 gets no migrations (the benchmark's database has them)
  private final PluginTestKit kit =
      PluginTestKit.forPlugin("workflows").migrations("io/atrium/benchmarks/none").start();
  private final JdbcTransactions transactions;
  private final PluginPersistence persistence;
  private final WorkflowEngine engine;
  private final long submitter;
  private final long[] approvers;

  /** The engine on the database with a published definition of {@code steps} sequential approvers. */
  AtriumApprovals(BenchDatabase database, int steps) {
    transactions = new JdbcTransactions(database.dataSource());
    persistence = persistence(transactions.dataSource(), database.kind());
    TestDirectory directory = kit.directory();
    long department = directory.department("Sales", null, null);
    submitter = directory.person("alice", "Alice", department, null);
    approvers = IntStream.rangeClosed(1, steps)
        .mapToLong(i -> directory.person("approver" + i, "Approver " + i, department, null)).toArray();
    ApproverStrategies strategies = ApproverStrategies.builtIn(directory, kit.expressions());
    ProcessDefinition definition = new ProcessDefinitionJson().read(definition(approvers));
    new DefinitionValidator(strategies, kit.expressions()).checkPublishable(definition, null);
    MemoryDefinitions definitions = new MemoryDefinitions().publish(definition);
    engine = new WorkflowEngine(definitions, new JdbcInstanceStore(persistence, transactions), ref -> Map.of(),
        strategies, directory, kit.expressions(), Clock.systemUTC());
  }

  /** One worker's operation: one instance from start to approved per call. */
  Workers.Operation operation() {
    return n -> approveOne();
  }

  private void approveOne() throws Exception {
    String ref = "form:" + UUID.randomUUID();
    ProcessInstance started = transactions.required(() -> {
      ActionResult result = engine.start(UUID.randomUUID().toString(), KEY, ref, submitter);
      try (Connection connection = persistence.dataSource().getConnection()) {
        FormRecords.insert(connection, ref, ENGINE, result.approvalStatus().name());
      }
      return result.instance();
    });
    for (int step = 0; step < approvers.length; step++) {
      long approver = approvers[step];
      boolean last = step == approvers.length - 1;
      // the approver opens the instance from their to-do list, as Flowable's side queries its task
      ProcessInstance now = engine.instance(started.id()).orElseThrow();
      Task task = now.pendingTaskOf(approver).orElseThrow(() -> new IllegalStateException(
          "Approver " + approver + " has no pending task on " + started.id()));
      ActionResult result = transactions.required(() -> {
        ActionResult done = engine.act(now.id(), now.version(),
            new Action.Approve(UUID.randomUUID().toString(), approver, task.id(), null));
        if (last) {
          try (Connection connection = persistence.dataSource().getConnection()) {
            FormRecords.decide(connection, ref, done.approvalStatus().name());
          }
        }
        return done;
      });
      if (last && (result.instance().status() != InstanceStatus.APPROVED
          || result.approvalStatus() != ApprovalStatus.APPROVED)) {
        throw new IllegalStateException("Instance " + started.id() + " ended " + result.instance().status());
      }
    }
  }

  /** Instances the engine's own table has as approved. */
  long approvedInstances(DataSource database) throws Exception {
    try (Connection connection = database.getConnection(); PreparedStatement sql = connection.prepareStatement(
        "SELECT COUNT(*) FROM " + TABLE_PREFIX + "instance WHERE status = ?")) {
      sql.setString(1, InstanceStatus.APPROVED.name());
      try (ResultSet rows = sql.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  /** The definition: start, one approver node per person (each a named user), end. */
  private String definition(long[] people) {
    String nodes = IntStream.range(0, people.length).mapToObj(i -> "{\"id\": \"step" + (i + 1)
        + "\", \"type\": \"approver\", \"name\": \"Step " + (i + 1) + "\", \"approvers\": {\"type\": \"users\","
        + " \"users\": [" + people[i] + "]}}").collect(Collectors.joining(", "));
    return "{\"key\": \"" + KEY + "\", \"version\": 1, \"name\": \"Bench approval\", \"admins\": [" + submitter + "],"
        + " \"nodes\": [{\"id\": \"start\", \"type\": \"start\", \"name\": \"Submit\"}, " + nodes
        + ", {\"id\": \"end\", \"type\": \"end\", \"name\": \"End\"}]}";
  }

  private static PluginPersistence persistence(DataSource dataSource, Database kind) {
    return new PluginPersistence() {
      @Override
      public EntityManager entityManager() {
        throw new UnsupportedOperationException("The store uses JDBC only");
      }

      @Override
      public String tablePrefix() {
        return TABLE_PREFIX;
      }

      @Override
      public DataSource dataSource() {
        return dataSource;
      }

      @Override
      public Database database() {
        return kind;
      }
    };
  }

  @Override
  public void close() {
    kit.close();
  }
}
