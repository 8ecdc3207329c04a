package io.atrium.workflows.ui;

import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordSchema;
import io.atrium.sdk.record.RecordSource;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.WorkflowsTexts;
import io.atrium.workflows.definition.ApproverNode;
import io.atrium.workflows.definition.FieldAccess;
import io.atrium.workflows.definition.FieldRights;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.ProcessGraph;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Step;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.TaskStatus;
import io.atrium.workflows.engine.Token;
import io.atrium.workflows.runtime.ApprovalAttachments;
import io.atrium.workflows.runtime.ApprovalEngine;
import io.atrium.workflows.runtime.ApprovalSignatures;
import io.atrium.workflows.runtime.DefinitionCatalog;
import io.atrium.workflows.runtime.RecordLinks;
import io.atrium.workflows.runtime.RecordRef;
import io.atrium.workflows.runtime.RecordSources;
import io.atrium.workflows.runtime.WorkflowsForbiddenException;
import io.atrium.workflows.runtime.WorkflowsNotFoundException;
import io.atrium.workflows.runtime.WorkflowsPermissions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * What the pages read: an instance for someone who may see it ({@link InstanceViewers}), the
 * caller's own task, each with the record's fields, the timeline and the diagram in the caller's
 * language. Acting goes through {@link io.atrium.workflows.runtime.Approvals}, never through here.
 */
@Component(service = ApprovalViews.class)
public class ApprovalViews {

  private final ApprovalEngine parts;
  private final DefinitionCatalog catalog;
  private final RecordSources records;
  private final Transactions transactions;
  private final CurrentUser user;
  private final Directory directory;
  private final AtriumClock clock;
  private final ApprovalSignatures signatures;
  private final ApprovalAttachments attachments;

  /** Declarative Services injects the parts. */
  @Activate
  public ApprovalViews(@Reference ApprovalEngine parts, @Reference DefinitionCatalog catalog,
      @Reference RecordSources records, @Reference Transactions transactions, @Reference CurrentUser user,
      @Reference Directory directory, @Reference AtriumClock clock, @Reference ApprovalSignatures signatures,
      @Reference ApprovalAttachments attachments) {
    this.parts = parts;
    this.catalog = catalog;
    this.records = records;
    this.transactions = transactions;
    this.user = user;
    this.directory = directory;
    this.clock = clock;
    this.signatures = signatures;
    this.attachments = attachments;
  }

  /**
   * An instance for the caller.
   *
   * @throws WorkflowsNotFoundException when there is none
   * @throws WorkflowsForbiddenException when the caller may not see it
   */
  public InstanceView instance(String instanceId) {
    long caller = caller();
    return transactions.required(() -> {
      ProcessInstance instance = find(instanceId);
      Optional<ProcessDefinition> definition = definition(instance);
      if (!InstanceViewers.maySee(instance, definition, caller, user)) {
        throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notInvolved", instanceId));
      }
      return view(instance, definition, readerRights(instance, definition, caller));
    });
  }

  /**
   * The caller's task with its instance.
   *
   * @throws WorkflowsNotFoundException when there is no such task
   * @throws WorkflowsForbiddenException when it is someone else's
   */
  public TaskView task(String taskId) {
    long caller = caller();
    return transactions.required(() -> {
      String instanceId = parts.tasks().instanceOf(taskId).orElseThrow(() -> new WorkflowsNotFoundException(
          WorkflowsMessage.of("workflows.runtime.unknownTask", taskId)));
      ProcessInstance instance = find(instanceId);
      Task task = instance.task(taskId).orElseThrow(() -> new WorkflowsNotFoundException(
          WorkflowsMessage.of("workflows.runtime.unknownTask", taskId)));
      if (task.assigneeId() != caller) {
        throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notYourTask", taskId));
      }
      Optional<ProcessDefinition> definition = definition(instance);
      Optional<ProcessGraph> graph = definition.map(ProcessGraph::new);
      String nodeName = graph.flatMap(g -> g.find(task.nodeId())).map(n -> n.name()).orElse(task.nodeId());
      boolean atStart = graph.map(g -> g.start().id().equals(task.nodeId())).orElse(false);
      Optional<Node> node = graph.flatMap(g -> g.find(task.nodeId()));
      boolean mayReject = node.map(ApproverNode.class::isInstance).orElse(true);
      boolean needsSignature = node.filter(ApproverNode.class::isInstance).map(n -> ((ApproverNode) n).needsSignature())
          .orElse(false);
      return new TaskView(task, nodeName, atStart, mayReject, targets(instance, task, graph),
          view(instance, definition, node.map(FieldRights::at).orElse(FieldRights.NONE)), needsSignature);
    });
  }

  /** The earlier nodes of the task's token, each once, in the order passed. */
  private static List<ReturnTarget> targets(ProcessInstance instance, Task task, Optional<ProcessGraph> graph) {
    Map<String, ReturnTarget> targets = new LinkedHashMap<>();
    instance.tokens().stream().filter(t -> t.id().equals(task.tokenId())).map(Token::trail).findFirst()
        .orElse(List.of()).stream().map(Step::nodeId).filter(id -> !id.equals(task.nodeId()))
        .forEach(id -> {
          targets.remove(id);
          targets.put(id, new ReturnTarget(id, graph.flatMap(g -> g.find(id)).map(n -> n.name()).orElse(id)));
        });
    return new ArrayList<>(targets.values());
  }

  /**
   * The field permissions of a reader of the instance page or printout: the submitter, the process's
   * admins and designers see every field; anyone else not the fields hidden at a node where they
   * have a task.
   */
  private FieldRights readerRights(ProcessInstance instance, Optional<ProcessDefinition> definition, long caller) {
    boolean seesAll = instance.submitterId() == caller || user.isPermitted(WorkflowsPermissions.DESIGN)
        || definition.map(d -> d.admins().contains(caller)).orElse(false);
    if (seesAll || definition.isEmpty()) {
      return FieldRights.NONE;
    }
    ProcessGraph graph = new ProcessGraph(definition.get());
    Map<String, FieldAccess> hidden = new LinkedHashMap<>();
    instance.tasks().stream().filter(t -> t.assigneeId() == caller).map(Task::nodeId).distinct()
        .flatMap(id -> graph.find(id).stream()).map(FieldRights::at)
        .forEach(rights -> rights.fields().forEach((field, access) -> {
          if (access == FieldAccess.HIDDEN) {
            hidden.put(field, FieldAccess.HIDDEN);
          }
        }));
    return new FieldRights(hidden);
  }

  private InstanceView view(ProcessInstance instance, Optional<ProcessDefinition> definition, FieldRights rights) {
    Locale locale = user.locale();
    FieldTexts texts = new FieldTexts(directory, clock.zone(), locale);
    Optional<ProcessGraph> graph = definition.map(ProcessGraph::new);
    RecordRef ref = RecordRef.parse(instance.recordRef());
    Optional<RecordSource> source = records.source(ref.sourceKey());
    Optional<RecordData> record = source.flatMap(s -> s.get(ref.id()));
    List<ShownField> fields = List.of();
    if (source.isPresent() && record.isPresent()) {
      RecordSchema schema = source.get().schema();
      fields = new TaskFieldView(texts).fields(schema, record.get(), rights);
    }
    String label = record.map(RecordData::serial).filter(s -> !s.isBlank()).orElse(ref.toString());
    Map<Integer, List<TimelineFile>> files = new LinkedHashMap<>();
    attachments.ofInstance(instance.id()).forEach((seq, blobs) -> files.put(seq, blobs.stream()
        .map(blob -> new TimelineFile(blob.filename(), "/api/v1/workflows/instances/" + encode(instance.id())
            + "/attachments/" + encode(blob.id()))).toList()));
    List<TimelineEntry> timeline = new Timeline(texts, locale).entries(instance, graph,
        signatures.dataUrls(instance.id()), files);
    List<TimelineEntry> signatures = timeline.stream().filter(e -> e.kind().equals("approved")).toList();
    String diagram = definition.map(d -> new ProcessDiagram(locale).render(d, NodeStates.of(d, instance))).orElse("");
    List<InstanceView.PendingTask> pending = instance.tasks().stream().filter(t -> t.status() == TaskStatus.PENDING)
        .map(t -> new InstanceView.PendingTask(t.id(), texts.person(t.assigneeId()),
            graph.flatMap(g -> g.find(t.nodeId())).map(n -> n.name()).orElse(t.nodeId()), texts.time(t.openedAt())))
        .toList();
    String processName = definition.map(ProcessDefinition::name).orElse(instance.definitionKey());
    String status = WorkflowsTexts.text(locale,
        "workflows.ui.status." + instance.approvalStatus().name().toLowerCase(Locale.ROOT));
    String started = instance.trail().isEmpty() ? "" : texts.time(instance.trail().get(0).at());
    return new InstanceView(instance, processName, label, RecordLinks.of(ref), status,
        texts.person(instance.submitterId()), started, fields, timeline, signatures, diagram, pending);
  }

  private static String encode(String part) {
    return URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private ProcessInstance find(String instanceId) {
    return parts.instances().find(instanceId).orElseThrow(() -> new WorkflowsNotFoundException(
        WorkflowsMessage.of("workflows.runtime.unknownInstance", instanceId)));
  }

  private Optional<ProcessDefinition> definition(ProcessInstance instance) {
    return catalog.source().find(instance.definitionKey(), instance.definitionVersion());
  }

  private long caller() {
    return user.userId().orElseThrow(() -> new WorkflowsForbiddenException(
        WorkflowsMessage.of("workflows.runtime.signInFirst")));
  }
}
