package io.atrium.workflows.definition;

import io.atrium.sdk.expression.Expressions;
import io.atrium.workflows.action.ActionRegistry;
import io.atrium.workflows.approver.ApproverStrategies;
import io.atrium.workflows.definition.json.InvalidDefinitionException;
import io.atrium.workflows.definition.json.JsonPaths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The designer's checks before publishing: the tree's shape (start first, end last, unique ids),
 * unreachable nodes and branches, condition nodes without a default branch, invalid or unknown EL,
 * approver rules that resolve to nobody or whose type no strategy handles, edge rules and SLAs that
 * cannot work, automation and delay nodes on missing fields or actions. Paths are those of the JSON
 * form. Thread-safe.
 */
public final class DefinitionValidator {

  /** Ids are stored and shown in paths: letters, digits, {@code _} and {@code -}, as the designer generates them. */
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");

  private final ApproverStrategies strategies;
  private final Expressions expressions;
  private final AutomationChecks automations;

  /** Creates the validator for definitions without contributed actions (a call of any action is a problem). */
  public DefinitionValidator(ApproverStrategies strategies, Expressions expressions) {
    this(strategies, expressions, new ActionRegistry());
  }

  /** Creates the validator; automation nodes may call the actions of the registry. */
  public DefinitionValidator(ApproverStrategies strategies, Expressions expressions, ActionRegistry actions) {
    this.strategies = strategies;
    this.expressions = expressions;
    this.automations = new AutomationChecks(expressions, actions);
  }

  /**
   * Every problem of a definition, in document order.
   *
   * @param knownFields the record's field names, or null when not known (then field names are not checked)
   */
  public List<DefinitionProblem> validate(ProcessDefinition definition, Set<String> knownFields) {
    return new Run(definition, knownFields).check();
  }

  /**
   * Checks a definition before it is published.
   *
   * @throws InvalidDefinitionException with every problem found
   */
  public void checkPublishable(ProcessDefinition definition, Set<String> knownFields) {
    List<DefinitionProblem> problems = validate(definition, knownFields);
    if (!problems.isEmpty()) {
      throw new InvalidDefinitionException(problems);
    }
  }

  /** One validation. */
  private final class Run {

    private final ProcessDefinition definition;
    private final Set<String> knownFields;
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    Run(ProcessDefinition definition, Set<String> knownFields) {
      this.definition = definition;
      this.knownFields = knownFields;
    }

    List<DefinitionProblem> check() {
      String root = JsonPaths.ROOT;
      if (definition.key().isBlank()) {
        problem(JsonPaths.property(root, "key"), "workflows.definition.noKey");
      } else if (!ID.matcher(definition.key()).matches()) {
        problem(JsonPaths.property(root, "key"), "workflows.definition.badKey", definition.key());
      }
      if (definition.version() < 1) {
        problem(JsonPaths.property(root, "version"), "workflows.definition.versionRange", definition.version());
      }
      List<Node> nodes = definition.nodes();
      String nodesPath = JsonPaths.property(root, "nodes");
      if (nodes.isEmpty()) {
        problem(nodesPath, "workflows.definition.noNodes");
        return problems;
      }
      if (!(nodes.get(0) instanceof StartNode)) {
        problem(JsonPaths.index(nodesPath, 0), "workflows.definition.startFirst");
      }
      if (!(nodes.get(nodes.size() - 1) instanceof EndNode)) {
        problem(JsonPaths.index(nodesPath, nodes.size() - 1), "workflows.definition.endLast");
      }
      flow(nodes, nodesPath, true);
      return problems;
    }

    private void flow(List<Node> nodes, String path, boolean topLevel) {
      String afterEnd = null;
      for (int i = 0; i < nodes.size(); i++) {
        Node node = nodes.get(i);
        String at = JsonPaths.index(path, i);
        if (afterEnd != null) {
          problem(at, "workflows.definition.unreachableAfterEnd", node.name(), afterEnd);
        }
        id(node.id(), at);
        if (node instanceof StartNode && !(topLevel && i == 0)) {
          problem(at, "workflows.definition.startMisplaced", node.name());
        }
        if (node instanceof EndNode) {
          if (!(topLevel && i == nodes.size() - 1)) {
            problem(at, "workflows.definition.endMisplaced", node.name());
          }
          afterEnd = afterEnd == null ? node.name() : afterEnd;
        }
        node(node, at);
      }
    }

    /** Field permissions name fields the record source has. */
    private void fields(FieldRights rights, String at) {
      for (String field : rights.fields().keySet()) {
        if (knownFields != null && !knownFields.contains(field)) {
          problem(JsonPaths.property(JsonPaths.property(at, "fields"), field), "workflows.definition.unknownField", field);
        }
      }
    }

    private void node(Node node, String at) {
      if (node instanceof ApproverNode approver) {
        rule(approver.rule(), JsonPaths.property(at, "approvers"));
        mode(approver.mode(), at);
        edges(approver.edges(), at);
        SlaChecks.check(approver.sla(), at, definition, problems);
        fields(approver.fields(), at);
      } else if (node instanceof HandlerNode handler) {
        rule(handler.rule(), JsonPaths.property(at, "handlers"));
        mode(handler.mode(), at);
        edges(handler.edges(), at);
        for (int j = 0; j < handler.writableFields().size(); j++) {
          String field = handler.writableFields().get(j);
          if (knownFields != null && !knownFields.contains(field)) {
            problem(JsonPaths.index(JsonPaths.property(at, "writableFields"), j), "workflows.definition.unknownField", field);
          }
        }
        fields(handler.fields(), at);
      } else if (node instanceof CcNode cc) {
        rule(cc.rule(), JsonPaths.property(at, "recipients"));
      } else if (node instanceof ConditionNode condition) {
        condition(condition, at);
      } else if (node instanceof AutomationNode automation) {
        automations.automation(automation, at, knownFields, problems);
      } else if (node instanceof DelayNode delay) {
        automations.delay(delay, at, knownFields, problems);
      } else if (node instanceof ParallelNode parallel) {
        String branchesPath = JsonPaths.property(at, "branches");
        if (parallel.branches().size() < 2) {
          problem(branchesPath, "workflows.definition.parallelBranches", parallel.name());
        }
        for (int j = 0; j < parallel.branches().size(); j++) {
          Branch branch = parallel.branches().get(j);
          String branchPath = JsonPaths.index(branchesPath, j);
          id(branch.id(), branchPath);
          flow(branch.nodes(), JsonPaths.property(branchPath, "nodes"), false);
        }
      }
    }

    private void condition(ConditionNode condition, String at) {
      String branchesPath = JsonPaths.property(at, "branches");
      List<Branch> branches = condition.branches();
      if (branches.size() < 2) {
        problem(branchesPath, "workflows.definition.conditionBranches", condition.name());
      }
      if (branches.stream().noneMatch(Branch::isDefault)) {
        problem(branchesPath, "workflows.definition.missingDefault", condition.name());
      }
      String shadowedBy = null;
      for (int j = 0; j < branches.size(); j++) {
        Branch branch = branches.get(j);
        String branchPath = JsonPaths.index(branchesPath, j);
        id(branch.id(), branchPath);
        if (shadowedBy != null) {
          problem(branchPath, "workflows.definition.unreachableBranch", branch.name(), shadowedBy);
        }
        if (branch.isDefault()) {
          if (branch.condition() != null) {
            problem(JsonPaths.property(branchPath, "when"), "workflows.definition.defaultWithCondition", branch.name());
          }
          shadowedBy = shadowedBy == null ? branch.name() : shadowedBy;
        } else if (branch.condition() == null || branch.condition().isBlank()) {
          problem(JsonPaths.property(branchPath, "when"), "workflows.definition.noCondition", branch.name());
        } else if (expression(branch.condition(), JsonPaths.property(branchPath, "when"))
            && branch.condition().strip().equals("true")) {
          // a branch that always holds hides the ones after it, as the default branch does
          shadowedBy = shadowedBy == null ? branch.name() : shadowedBy;
        }
        flow(branch.nodes(), JsonPaths.property(branchPath, "nodes"), false);
      }
    }

    /** Checks a condition; whether it compiled. */
    private boolean expression(String text, String path) {
      return ExpressionCheck.check(expressions, text, Boolean.class, path, knownFields, problems);
    }

    private void rule(ApproverRule rule, String path) {
      problems.addAll(strategies.check(rule, path, knownFields));
    }

    private void mode(ApprovalMode mode, String at) {
      if (mode.kind() == ApprovalMode.Kind.VOTE && (mode.votePercent() < 1 || mode.votePercent() > 100)) {
        problem(JsonPaths.property(at, "votePercent"), "workflows.definition.votePercentRange", mode.votePercent());
      }
    }

    private void edges(EdgeRules edges, String at) {
      if (edges.whenNobody() == WhenNobody.ROUTE_TO_ADMIN && definition.admins().isEmpty()) {
        problem(JsonPaths.property(at, "whenNobody"), "workflows.definition.noAdmins");
      }
    }

    private void id(String id, String at) {
      if (id.isBlank()) {
        problem(JsonPaths.property(at, "id"), "workflows.definition.noId");
      } else if (!ID.matcher(id).matches()) {
        problem(JsonPaths.property(at, "id"), "workflows.definition.badId", id);
      } else if (!ids.add(id)) {
        problem(JsonPaths.property(at, "id"), "workflows.definition.duplicateId", id);
      }
    }

    private void problem(String path, String key, Object... args) {
      problems.add(DefinitionProblem.of(path, key, args));
    }
  }
}
