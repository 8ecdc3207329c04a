package io.atrium.benchmarks.workflows;

import io.atrium.benchmarks.forms.Workers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.common.engine.impl.interceptor.Command;
import org.flowable.engine.HistoryService;
import org.flowable.engine.IdentityService;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.flowable.engine.impl.util.CommandContextUtil;
import org.flowable.task.api.Task;

/**
 * Flowable 7 embedded on the same pool: standalone configuration (its own JDBC transactions), history
 * level {@code audit} (Flowable's default), async executor off, IDM engine and event registry off, a
 * BPMN process of sequential user tasks with fixed assignees. One instance does what Atrium's does:
 * start on a new form record, each approver queries their task and completes it, the last completion
 * writes the record's status; the record SQL runs on Flowable's connection inside the same command,
 * so it commits with Flowable's own writes.
 */
final class FlowableApprovals implements AutoCloseable {

  static final String ENGINE = "flowable";
  private static final String KEY = "benchApproval";

  private final ProcessEngine engine;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;
  private final IdentityService identity;
  private final HistoryService history;
  private final int steps;

  /** Builds the engine on the database (creating Flowable's tables) and deploys the process. */
  FlowableApprovals(BenchDatabase database, int steps) {
    this.steps = steps;
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setEngineName("bench-" + UUID.randomUUID());
    configuration.setDataSource(database.dataSource());
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistoryLevel(HistoryLevel.AUDIT);
    configuration.setAsyncExecutorActivate(false);
    configuration.setDisableIdmEngine(true);
    configuration.setDisableEventRegistry(true);
    engine = configuration.buildProcessEngine();
    runtime = engine.getRuntimeService();
    tasks = engine.getTaskService();
    management = engine.getManagementService();
    identity = engine.getIdentityService();
    history = engine.getHistoryService();
    engine.getRepositoryService().createDeployment().name("bench").addString("bench.bpmn20.xml", bpmn(steps))
        .deploy();
  }

  /** One worker's operation: one instance from start to completed per call. */
  Workers.Operation operation() {
    return n -> approveOne();
  }

  private void approveOne() {
    String ref = "form:" + UUID.randomUUID();
    identity.setAuthenticatedUserId("alice");
    String instanceId;
    try {
      instanceId = management.executeCommand((Command<String>) context -> {
        String id = runtime.startProcessInstanceByKey(KEY, ref).getId();
        record(context, connection -> FormRecords.insert(connection, ref, ENGINE, "IN_APPROVAL"));
        return id;
      });
    } finally {
      identity.setAuthenticatedUserId(null);
    }
    for (int step = 1; step <= steps; step++) {
      String approver = "approver" + step;
      boolean last = step == steps;
      Task task = tasks.createTaskQuery().processInstanceId(instanceId).taskAssignee(approver).singleResult();
      if (task == null) {
        throw new IllegalStateException("Approver " + approver + " has no task on " + instanceId);
      }
      management.executeCommand((Command<Void>) context -> {
        tasks.complete(task.getId());
        if (last) {
          record(context, connection -> FormRecords.decide(connection, ref, "APPROVED"));
        }
        return null;
      });
    }
  }

  /** Process instances Flowable's history has as finished. */
  long finishedInstances() {
    return history.createHistoricProcessInstanceQuery().finished().count();
  }

  /** SQL on the command's connection. */
  private interface RecordWork {
    void run(Connection connection) throws SQLException;
  }

  private static void record(org.flowable.common.engine.impl.interceptor.CommandContext context, RecordWork work) {
    try {
      work.run(CommandContextUtil.getDbSqlSession(context).getSqlSession().getConnection());
    } catch (SQLException e) {
      throw new IllegalStateException("Form record SQL failed: " + e.getMessage(), e);
    }
  }

  /** Start event, one user task per approver in a row, end event. */
  private static String bpmn(int steps) {
    String tasks = IntStream.rangeClosed(1, steps).mapToObj(i -> "<userTask id=\"step" + i + "\" name=\"Step " + i
        + "\" flowable:assignee=\"approver" + i + "\"/>").collect(Collectors.joining("\n"));
    String flows = IntStream.rangeClosed(0, steps).mapToObj(i -> "<sequenceFlow id=\"f" + i + "\" sourceRef=\""
        + (i == 0 ? "start" : "step" + i) + "\" targetRef=\"" + (i == steps ? "end" : "step" + (i + 1)) + "\"/>")
        .collect(Collectors.joining("\n"));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
        + " xmlns:flowable=\"http://flowable.org/bpmn\" targetNamespace=\"http://atrium.io/bench\">\n"
        + "<process id=\"" + KEY + "\" name=\"Bench approval\" isExecutable=\"true\">\n"
        + "<startEvent id=\"start\" flowable:initiator=\"submitter\"/>\n" + tasks + "\n"
        + "<endEvent id=\"end\"/>\n" + flows + "\n</process>\n</definitions>\n";
  }

  @Override
  public void close() {
    engine.close();
  }
}
