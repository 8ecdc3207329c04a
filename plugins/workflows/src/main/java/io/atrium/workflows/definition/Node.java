package io.atrium.workflows.definition;

/** A node of the process tree; ids are unique within a definition and stay the same across versions. */
public sealed interface Node permits StartNode, ApproverNode, CcNode, HandlerNode, ConditionNode, ParallelNode, AutomationNode,
    DelayNode, EndNode {

  /** The node's id, e.g. {@code finance}. */
  String id();

  /** The name shown in the designer and the trail. */
  String name();

  /** The type's name in JSON, e.g. {@code approver}. */
  String type();
}
