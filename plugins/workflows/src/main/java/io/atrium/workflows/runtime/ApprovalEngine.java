package io.atrium.workflows.runtime;

import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.time.BusinessCalendar;
import io.atrium.workflows.approver.ApproverStrategies;
import io.atrium.workflows.engine.EngineHooks;
import io.atrium.workflows.engine.InstanceStore;
import io.atrium.workflows.engine.WorkflowEngine;
import io.atrium.workflows.storage.JdbcAttachments;
import io.atrium.workflows.storage.JdbcInstanceStore;
import io.atrium.workflows.storage.JdbcOutOfOffice;
import io.atrium.workflows.storage.JdbcSignatures;
import io.atrium.workflows.storage.JdbcTaskQueries;
import io.atrium.workflows.storage.JdbcUrgeLog;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Builds the engine once for the plugin: instances on the plugin's tables, definitions from the
 * catalog, records through the record sources, the built-in approver strategies on the org chart,
 * the platform's EL and the host clock (which tests can move); automation nodes write through the
 * record sources and call the contributed actions, delays and SLAs count on the business calendar,
 * and the turns of people out of office go to their stand-ins.
 */
@Component(service = ApprovalEngine.class)
public class ApprovalEngine {

  private final InstanceStore instances;
  private final JdbcTaskQueries tasks;
  private final JdbcUrgeLog urges;
  private final JdbcOutOfOffice outOfOffice;
  private final JdbcSignatures signatures;
  private final JdbcAttachments attachments;
  private final WorkflowEngine engine;

  /** Declarative Services injects the host services. */
  @Activate
  public ApprovalEngine(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference DefinitionCatalog catalog, @Reference RecordSources records, @Reference Directory directory,
      @Reference Expressions expressions, @Reference AtriumClock clock, @Reference BusinessCalendar calendar,
      @Reference ContributedActions actions) {
    this.instances = new JdbcInstanceStore(persistence, transactions);
    this.tasks = new JdbcTaskQueries(persistence, transactions);
    this.urges = new JdbcUrgeLog(persistence, transactions);
    this.outOfOffice = new JdbcOutOfOffice(persistence, transactions);
    this.signatures = new JdbcSignatures(persistence, transactions);
    this.attachments = new JdbcAttachments(persistence, transactions);
    this.engine = new WorkflowEngine(catalog.source(), instances, records,
        ApproverStrategies.builtIn(directory, expressions), directory, expressions, clock.asClock(),
        new EngineHooks(records, actions.registry(), calendar, outOfOffice));
  }

  /** The engine. */
  public WorkflowEngine engine() {
    return engine;
  }

  /** The instances as stored. */
  public InstanceStore instances() {
    return instances;
  }

  /** The to-do queries. */
  public JdbcTaskQueries tasks() {
    return tasks;
  }

  /** The out-of-office periods. */
  public JdbcOutOfOffice outOfOffice() {
    return outOfOffice;
  }

  /** The handwritten signatures. */
  public JdbcSignatures signatures() {
    return signatures;
  }

  /** The comment attachments. */
  public JdbcAttachments attachments() {
    return attachments;
  }

  /** The urge log. */
  public JdbcUrgeLog urges() {
    return urges;
  }
}
