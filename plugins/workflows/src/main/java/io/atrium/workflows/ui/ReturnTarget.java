package io.atrium.workflows.ui;

/**
 * An earlier node a task's record can be returned to.
 *
 * @param nodeId the node
 * @param name its name
 */
public record ReturnTarget(String nodeId, String name) {
}
