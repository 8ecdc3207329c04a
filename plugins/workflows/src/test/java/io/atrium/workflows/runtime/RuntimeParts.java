package io.atrium.workflows.runtime;

import io.atrium.sdk.testkit.PluginTestKit;
import io.atrium.workflows.definition.DefinitionChecks;
import io.atrium.workflows.internal.DefaultDefinitionChecks;

/**
 * The runtime's components on a test kit, registered as Declarative Services wires them in the server.
 *
 * @param catalog the process definitions
 * @param engine the engine and its stores
 * @param approvals starts and actions as the kit's signed-in user
 */
public record RuntimeParts(DefinitionCatalog catalog, ApprovalEngine engine, Approvals approvals) {

  /** Registers the components over the record sources; the kit's scheduler fires the approval timers. */
  public static RuntimeParts wire(PluginTestKit kit, RecordSources sources) {
    kit.register(RecordSources.class, sources);
    kit.register(ContributedActions.class, new ContributedActions());
    kit.register(DefinitionChecks.class, kit.create(DefaultDefinitionChecks.class));
    DefinitionCatalog catalog = kit.create(DefinitionCatalog.class);
    kit.register(DefinitionCatalog.class, catalog);
    ApprovalEngine engine = kit.create(ApprovalEngine.class);
    kit.register(ApprovalEngine.class, engine);
    kit.register(ApprovalTimers.class, kit.create(ApprovalTimers.class));
    kit.register(ApprovalSignatures.class, kit.create(ApprovalSignatures.class));
    kit.register(ApprovalAttachments.class, kit.create(ApprovalAttachments.class));
    Approvals approvals = kit.create(Approvals.class);
    kit.register(Approvals.class, approvals);
    kit.scheduler().handler(ApprovalTimers.JOB, new ApprovalTimerJob(approvals));
    return new RuntimeParts(catalog, engine, approvals);
  }
}
