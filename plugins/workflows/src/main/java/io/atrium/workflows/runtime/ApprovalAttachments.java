package io.atrium.workflows.runtime;

import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.TaskStatus;
import io.atrium.workflows.engine.TrailEntry;
import io.atrium.workflows.storage.StoredAttachment;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Files that go with a comment (意见附件): the assignee of a pending task uploads them, the action
 * that carries their ids ties them to its trail entry, and whoever may read the instance downloads
 * them. An upload that no action carries stays unattached and is never shown.
 */
@Component(service = ApprovalAttachments.class)
public class ApprovalAttachments {

  /** The largest attachment. */
  public static final long MAX_BYTES = 20L << 20;
  /** The most attachments an action carries. */
  public static final int MAX_PER_ACTION = 10;

  private static final BlobPolicy POLICY = BlobPolicy.anyType(MAX_BYTES);

  private final BlobStore blobs;
  private final ApprovalEngine parts;
  private final Transactions transactions;
  private final CurrentUser user;
  private final AtriumClock clock;

  /** Declarative Services injects the parts. */
  @Activate
  public ApprovalAttachments(@Reference BlobStore blobs, @Reference ApprovalEngine parts,
      @Reference Transactions transactions, @Reference CurrentUser user, @Reference AtriumClock clock) {
    this.blobs = blobs;
    this.parts = parts;
    this.transactions = transactions;
    this.user = user;
    this.clock = clock;
  }

  /**
   * Stores a file for the caller's pending task.
   *
   * @throws WorkflowsForbiddenException when the task is not the caller's
   * @throws io.atrium.sdk.blob.BlobRefusedException when the file is larger than {@link #MAX_BYTES}
   */
  public StoredBlob upload(String taskId, String filename, InputStream content) {
    long caller = user.userId().orElseThrow(() -> new WorkflowsForbiddenException(
        WorkflowsMessage.of("workflows.runtime.signInFirst")));
    return transactions.required(() -> {
      String instanceId = parts.tasks().instanceOf(taskId).orElseThrow(() -> new WorkflowsNotFoundException(
          WorkflowsMessage.of("workflows.runtime.unknownTask", taskId)));
      ProcessInstance instance = parts.instances().find(instanceId).orElseThrow();
      Task task = instance.task(taskId).orElseThrow();
      if (task.assigneeId() != caller) {
        throw new WorkflowsForbiddenException(WorkflowsMessage.of("workflows.runtime.notYourTask", taskId));
      }
      if (task.status() != TaskStatus.PENDING) {
        throw new WorkflowsConflictException(WorkflowsMessage.of("workflows.runtime.notPending", taskId));
      }
      String name = filename == null || filename.isBlank() ? "attachment" : filename;
      StoredBlob blob = blobs.store(name, content, POLICY);
      parts.attachments().add(new StoredAttachment(blob.id(), instanceId, taskId, caller, null), clock.now());
      return blob;
    });
  }

  /**
   * Checks that the caller uploaded each file for this task and no action carried it yet.
   *
   * @throws WorkflowsInputException naming the first file that is not so
   */
  void check(Task task, List<String> blobIds, long caller) {
    if (blobIds.size() > MAX_PER_ACTION) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.tooManyAttachments", MAX_PER_ACTION));
    }
    for (String id : blobIds) {
      boolean usable = parts.attachments().find(id).filter(a -> a.taskId().equals(task.id())
          && a.uploadedBy() == caller && a.trailSeq() == null).isPresent();
      if (!usable) {
        throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.unknownAttachment", id));
      }
    }
  }

  /** Ties the files to the caller's first trail entry that the action added. */
  void attach(ProcessInstance before, ProcessInstance after, List<String> blobIds, long caller) {
    List<TrailEntry> trail = after.trail();
    for (int seq = before.trail().size(); seq < trail.size(); seq++) {
      Long actor = trail.get(seq).actorId();
      if (actor != null && actor == caller) {
        for (String id : blobIds) {
          parts.attachments().attach(id, seq);
        }
        return;
      }
    }
  }

  /** The files the actions of an instance carried, by trail entry (its index in the trail). */
  public Map<Integer, List<StoredBlob>> ofInstance(String instanceId) {
    Map<Integer, List<StoredBlob>> bySeq = new LinkedHashMap<>();
    for (StoredAttachment attachment : parts.attachments().ofInstance(instanceId)) {
      blobs.find(attachment.blobId()).ifPresent(blob ->
          bySeq.computeIfAbsent(attachment.trailSeq(), s -> new java.util.ArrayList<>()).add(blob));
    }
    return bySeq;
  }

  /** A file an action of the instance carried; empty when the instance has no such file. */
  public Optional<StoredBlob> carried(String instanceId, String blobId) {
    return parts.attachments().find(blobId)
        .filter(a -> a.instanceId().equals(instanceId) && a.trailSeq() != null)
        .flatMap(a -> blobs.find(blobId));
  }

  /** Opens a blob of the plugin; the caller closes it. */
  public InputStream open(String blobId) {
    return blobs.open(blobId);
  }
}
