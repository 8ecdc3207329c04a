package io.atrium.workflows.definition;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each node of a definition sits in the tree, for the engine's moves: the node after a node,
 * the condition or parallel node around it. Built once per definition version; immutable.
 */
public final class ProcessGraph {

  /**
   * A node's place.
   *
   * @param flow the list of nodes it is in
   * @param index its index in that list
   * @param container the condition or parallel node whose branch holds the flow; null at the top level
   * @param branch that branch; null at the top level
   */
  public record Place(List<Node> flow, int index, Node container, Branch branch) {
  }

  private final ProcessDefinition definition;
  private final Map<String, Place> places = new HashMap<>();
  private final List<Node> inOrder = new ArrayList<>();

  /** Indexes a definition; with duplicate ids the first node wins (the validator refuses such definitions). */
  public ProcessGraph(ProcessDefinition definition) {
    this.definition = definition;
    index(definition.nodes(), null, null);
  }

  private void index(List<Node> flow, Node container, Branch branch) {
    for (int i = 0; i < flow.size(); i++) {
      Node node = flow.get(i);
      places.putIfAbsent(node.id(), new Place(flow, i, container, branch));
      inOrder.add(node);
      List<Branch> branches = branches(node);
      for (Branch inner : branches) {
        index(inner.nodes(), node, inner);
      }
    }
  }

  /** The branches of a condition or parallel node; none for other nodes. */
  public static List<Branch> branches(Node node) {
    if (node instanceof ConditionNode condition) {
      return condition.branches();
    }
    if (node instanceof ParallelNode parallel) {
      return parallel.branches();
    }
    return List.of();
  }

  /** The definition. */
  public ProcessDefinition definition() {
    return definition;
  }

  /** Every node, in document order (a node before the nodes of its branches). */
  public List<Node> nodes() {
    return Collections.unmodifiableList(inOrder);
  }

  /** A node by id. */
  public Optional<Node> find(String nodeId) {
    Place place = places.get(nodeId);
    return place == null ? Optional.empty() : Optional.of(place.flow().get(place.index()));
  }

  /** A node by id, which must exist. */
  public Node node(String nodeId) {
    return find(nodeId).orElseThrow(() -> new WorkflowsException(
        WorkflowsMessage.of("workflows.engine.unknownNode", nodeId, definition.key(), definition.version())));
  }

  /** A node's place, which must exist. */
  public Place place(String nodeId) {
    node(nodeId);
    return places.get(nodeId);
  }

  /** The node after a node in its own flow; empty at the end of a branch (or of the top level). */
  public Optional<Node> nextInFlow(String nodeId) {
    Place place = place(nodeId);
    int next = place.index() + 1;
    return next < place.flow().size() ? Optional.of(place.flow().get(next)) : Optional.empty();
  }

  /** The start node: the first node of the top level. */
  public StartNode start() {
    if (!definition.nodes().isEmpty() && definition.nodes().get(0) instanceof StartNode start) {
      return start;
    }
    throw new WorkflowsException(WorkflowsMessage.of("workflows.definition.startFirst"));
  }

  /** The condition and parallel nodes around a node, innermost first. */
  public List<Node> containers(String nodeId) {
    List<Node> result = new ArrayList<>();
    Node container = place(nodeId).container();
    while (container != null) {
      result.add(container);
      container = places.get(container.id()).container();
    }
    return result;
  }
}
