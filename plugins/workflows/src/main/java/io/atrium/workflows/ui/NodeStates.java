package io.atrium.workflows.ui;

import io.atrium.workflows.definition.Branch;
import io.atrium.workflows.definition.ConditionNode;
import io.atrium.workflows.definition.EndNode;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.definition.ProcessGraph;
import io.atrium.workflows.engine.InstanceStatus;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.Token;
import io.atrium.workflows.engine.TokenState;
import io.atrium.workflows.engine.TrailEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The state of every node and condition branch of an instance's definition, from its trail, tasks
 * and tokens: what the diagram highlights. A node is passed when it was visited or a later node of
 * its own flow was (condition and parallel nodes leave no trail of their own); a condition branch is
 * untaken when another branch of the same condition was visited, or when the flow went past the
 * condition through its only empty branch.
 */
public final class NodeStates {

  private final Map<String, NodeState> nodes = new HashMap<>();
  private final Map<String, NodeState> branches = new HashMap<>();

  private NodeStates() {
  }

  /** The states of a definition with no instance: every node ahead. */
  public static NodeStates none() {
    return new NodeStates();
  }

  /** The states of an instance on its definition. */
  public static NodeStates of(ProcessDefinition definition, ProcessInstance instance) {
    Set<String> reached = new HashSet<>();
    for (TrailEntry entry : instance.trail()) {
      if (entry.nodeId() != null) {
        reached.add(entry.nodeId());
      }
    }
    for (Task task : instance.tasks()) {
      reached.add(task.nodeId());
    }
    Set<String> current = new HashSet<>();
    for (Token token : instance.tokens()) {
      if (token.state() == TokenState.ACTIVE || token.state() == TokenState.JOINING) {
        reached.add(token.nodeId());
      }
      if (token.state() == TokenState.ACTIVE && instance.status() == InstanceStatus.RUNNING) {
        current.add(token.nodeId());
      }
    }
    if (instance.status() == InstanceStatus.APPROVED) {
      // the end leaves an instance-wide trail entry: reaching it is what approved the record
      definition.nodes().stream().filter(EndNode.class::isInstance).forEach(n -> reached.add(n.id()));
    }
    NodeStates states = new NodeStates();
    states.walk(definition.nodes(), reached);
    current.forEach(id -> states.nodes.put(id, NodeState.CURRENT));
    return states;
  }

  /** A node's state; {@link NodeState#AHEAD} for unknown ids. */
  public NodeState node(String nodeId) {
    return nodes.getOrDefault(nodeId, NodeState.AHEAD);
  }

  /** A branch's state: {@link NodeState#UNTAKEN}, {@link NodeState#PASSED} when taken, else ahead. */
  public NodeState branch(String branchId) {
    return branches.getOrDefault(branchId, NodeState.AHEAD);
  }

  /**
   * A condition the flow went past without visiting any branch took an empty branch; when it has
   * exactly one, that one was taken and the others were not. With several empty ones it cannot be told.
   */
  private void markEmptyBranchTaken(Set<Branch> all) {
    List<Branch> empty = all.stream().filter(b -> b.nodes().isEmpty()).toList();
    if (empty.size() == 1) {
      all.forEach(branch -> branches.put(branch.id(), branch == empty.get(0) ? NodeState.PASSED : NodeState.UNTAKEN));
    }
  }

  /** Marks a flow; answers whether any of its nodes was reached. */
  private boolean walk(List<Node> flow, Set<String> reached) {
    boolean later = false;
    for (int i = flow.size() - 1; i >= 0; i--) {
      Node node = flow.get(i);
      boolean inside = false;
      Map<Branch, Boolean> taken = new HashMap<>();
      for (Branch branch : ProcessGraph.branches(node)) {
        boolean visited = walk(branch.nodes(), reached);
        taken.put(branch, visited);
        inside |= visited;
      }
      boolean passed = later || inside || reached.contains(node.id());
      if (passed) {
        nodes.put(node.id(), NodeState.PASSED);
        later = true;
      }
      if (node instanceof ConditionNode && inside) {
        taken.forEach((branch, visited) -> branches.put(branch.id(), visited ? NodeState.PASSED : NodeState.UNTAKEN));
      } else if (node instanceof ConditionNode && passed) {
        markEmptyBranchTaken(taken.keySet());
      }
      if (!(node instanceof ConditionNode) && passed) {
        taken.keySet().forEach(branch -> branches.put(branch.id(), NodeState.PASSED));
      }
    }
    return later;
  }
}
