package io.atrium.workflows.engine;

import java.time.Instant;
import java.util.List;

/**
 * A position in the node tree: the instance has one token, plus one per branch of each running
 * parallel node.
 *
 * @param id unique within the instance
 * @param parentId the token waiting at the parallel node this one's branch belongs to; null for the root
 * @param nodeId the node it is at
 * @param visit the visit number of that node (tasks carry it), 0 before it is entered
 * @param state what it is doing
 * @param trail the start, approver and handler nodes it passed at its own level, in order
 * @param dueAt at a delay node: when it may move on ({@link WorkflowEngine#wake}); null otherwise
 */
public record Token(String id, String parentId, String nodeId, int visit, TokenState state, List<Step> trail,
    Instant dueAt) {

  /** Freezes the trail. */
  public Token {
    trail = List.copyOf(trail);
  }

  /** A token that waits for nothing. */
  public Token(String id, String parentId, String nodeId, int visit, TokenState state, List<Step> trail) {
    this(id, parentId, nodeId, visit, state, trail, null);
  }

  /** Whether it waits at a delay node. */
  public boolean waiting() {
    return state == TokenState.ACTIVE && dueAt != null;
  }

  /** The token at a node in a new visit. */
  Token at(String newNodeId, int newVisit) {
    return new Token(id, parentId, newNodeId, newVisit, TokenState.ACTIVE, trail, null);
  }

  /** The token in another state. */
  Token in(TokenState newState) {
    return new Token(id, parentId, nodeId, visit, newState, trail, dueAt);
  }

  /** The token with another trail. */
  Token withTrail(List<Step> newTrail) {
    return new Token(id, parentId, nodeId, visit, state, newTrail, dueAt);
  }

  /** The token waiting until a moment, or no longer waiting with null. */
  Token waitingUntil(Instant due) {
    return new Token(id, parentId, nodeId, visit, state, trail, due);
  }
}
