package io.atrium.workflows.runtime;

import io.atrium.sdk.blob.BlobPolicy;
import io.atrium.sdk.blob.BlobRefusedException;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.definition.ApproverNode;
import io.atrium.workflows.definition.Node;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.Task;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Handwritten signatures (手写签名) of approvals: a node with {@code "signature": true} takes an
 * approval only with one. The PNG is a blob of the plugin, stored in the approval's transaction, and
 * the pages and the printout show it next to the approval.
 */
@Component(service = ApprovalSignatures.class)
public class ApprovalSignatures {

  /** The largest signature accepted. */
  public static final int MAX_BYTES = 256 * 1024;

  private static final BlobPolicy PNG = new BlobPolicy(MAX_BYTES, Set.of("image/png"));
  private static final String DATA_URL = "data:image/png;base64,";

  private final BlobStore blobs;
  private final ApprovalEngine parts;
  private final AtriumClock clock;

  /** Declarative Services injects the parts. */
  @Activate
  public ApprovalSignatures(@Reference BlobStore blobs, @Reference ApprovalEngine parts,
      @Reference AtriumClock clock) {
    this.blobs = blobs;
    this.parts = parts;
    this.clock = clock;
  }

  /**
   * Keeps the signature of an approval; refuses an approval without one where the node needs it.
   *
   * @throws WorkflowsInputException when a signature is needed and missing, or is not a PNG of at most
   *     {@link #MAX_BYTES}
   */
  void sign(ProcessInstance instance, Task task, Node node, TaskCommand command) {
    boolean needed = node instanceof ApproverNode approver && approver.needsSignature();
    String text = command.signature();
    if (text == null || text.isBlank()) {
      if (needed && command.kind() == TaskCommand.Kind.APPROVE) {
        throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.signatureRequired", node.name()));
      }
      return;
    }
    if (command.kind() != TaskCommand.Kind.APPROVE) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.signatureOnlyOnApprove"));
    }
    byte[] png = decode(text);
    try {
      StoredBlob blob = blobs.store("signature-" + task.id() + ".png", new ByteArrayInputStream(png), PNG);
      parts.signatures().save(task.id(), instance.id(), blob.id(), task.assigneeId(), clock.now());
    } catch (BlobRefusedException e) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.badSignature", MAX_BYTES / 1024));
    }
  }

  /** An instance's signatures as {@code data:} URLs of their PNGs, by task id. */
  public Map<String, String> dataUrls(String instanceId) {
    Map<String, String> urls = new LinkedHashMap<>();
    parts.signatures().ofInstance(instanceId).forEach((taskId, blobId) -> {
      try (InputStream in = blobs.open(blobId)) {
        urls.put(taskId, DATA_URL + Base64.getEncoder().encodeToString(in.readAllBytes()));
      } catch (IOException e) {
        throw new UncheckedIOException("Reading the signature of task " + taskId + " failed", e);
      }
    });
    return urls;
  }

  private static byte[] decode(String text) {
    String base64 = text.startsWith(DATA_URL) ? text.substring(DATA_URL.length()) : text;
    try {
      byte[] png = Base64.getDecoder().decode(base64.strip());
      if (png.length == 0 || png.length > MAX_BYTES) {
        throw new IllegalArgumentException("size " + png.length);
      }
      return png;
    } catch (IllegalArgumentException e) {
      throw new WorkflowsInputException(WorkflowsMessage.of("workflows.runtime.badSignature", MAX_BYTES / 1024));
    }
  }
}
