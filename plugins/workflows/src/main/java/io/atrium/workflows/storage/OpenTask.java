package io.atrium.workflows.storage;

import java.time.Instant;

/**
 * A pending task on someone's to-do list, with what the list shows about its instance.
 *
 * @param taskId the task
 * @param instanceId its instance
 * @param instanceVersion the instance's version now: what an action on the task must name
 * @param definitionKey the process
 * @param definitionVersion the version the instance runs on
 * @param recordRef the record, {@code <sourceKey>/<id>}
 * @param submitterId who started the instance
 * @param nodeId the node of the task
 * @param openedAt when the task arrived
 */
public record OpenTask(String taskId, String instanceId, long instanceVersion, String definitionKey,
    int definitionVersion, String recordRef, long submitterId, String nodeId, Instant openedAt) {
}
