package io.atrium.workflows.storage;

/**
 * A file uploaded for a task, to go with an action's comment.
 *
 * @param blobId the plugin's blob
 * @param instanceId the task's instance
 * @param taskId the task it was uploaded for
 * @param uploadedBy who uploaded it
 * @param trailSeq the trail entry of the action that carried it; null while no action did
 */
public record StoredAttachment(String blobId, String instanceId, String taskId, long uploadedBy, Integer trailSeq) {
}
