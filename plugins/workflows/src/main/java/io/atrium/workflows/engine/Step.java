package io.atrium.workflows.engine;

/**
 * A node a token has passed, with the visit in which it did; the targets of a return.
 *
 * @param nodeId the node: a start, approver or handler node
 * @param visit the visit number, unique within the instance
 */
public record Step(String nodeId, int visit) {
}
