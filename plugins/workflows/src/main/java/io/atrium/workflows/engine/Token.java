package io.atrium.workflows.engine;

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
 */
public record Token(String id, String parentId, String nodeId, int visit, TokenState state, List<Step> trail) {

  /** Freezes the trail. */
  public Token {
    trail = List.copyOf(trail);
  }

  /** The token at a node in a new visit. */
  Token at(String newNodeId, int newVisit) {
    return new Token(id, parentId, newNodeId, newVisit, TokenState.ACTIVE, trail);
  }

  /** The token in another state. */
  Token in(TokenState newState) {
    return new Token(id, parentId, nodeId, visit, newState, trail);
  }

  /** The token with another trail. */
  Token withTrail(List<Step> newTrail) {
    return new Token(id, parentId, nodeId, visit, state, newTrail);
  }
}
