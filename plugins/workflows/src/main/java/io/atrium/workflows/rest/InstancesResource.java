package io.atrium.workflows.rest;

import io.atrium.sdk.rest.SignedIn;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.DefinitionCatalog;
import io.atrium.workflows.runtime.ProcessNames;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.runtime.ApprovalAttachments;
import io.atrium.workflows.runtime.WorkflowsNotFoundException;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/workflows/instances}: start a process on a record (its owner or creator), read an
 * instance with its tasks and trail (those involved, or designers), withdraw (the submitter).
 */
@Component(service = InstancesResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class InstancesResource {

  private final Approvals approvals;
  private final ApprovalAttachments attachments;
  private final CurrentUser user;
  private final InstanceJson json;

  /** Declarative Services injects the facade. */
  @Activate
  public InstancesResource(@Reference Approvals approvals, @Reference ApprovalAttachments attachments,
      @Reference DefinitionCatalog catalog, @Reference CurrentUser user) {
    this.approvals = approvals;
    this.attachments = attachments;
    this.user = user;
    this.json = new InstanceJson(new ProcessNames(catalog.source()));
  }

  /** Starts the newest version of a process on a record: {@code {"actionId", "process", "record"}}. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response start(String body) {
    ActionBody action = new ActionBody(body);
    String actionId = action.actionId();
    String process = action.required("process");
    String record = action.required("record");
    return Answers.of(user.locale(), () -> {
      ActionResult result = approvals.start(actionId, process, record);
      return Response.status(result.repeated() ? Response.Status.OK : Response.Status.CREATED)
          .entity(json.instance(result.instance(), result.repeated()).toString()).build();
    });
  }

  /** An instance with its tasks and trail. */
  @GET
  @Path("{id}")
  @SignedIn
  public Response read(@PathParam("id") String id) {
    return Answers.of(user.locale(), () -> {
      JsonObjectBuilder instance = Answers.JSON.createObjectBuilder(json.instance(approvals.read(id), false));
      JsonArrayBuilder files = Answers.JSON.createArrayBuilder();
      attachments.ofInstance(id).forEach((seq, blobs) -> blobs.forEach(blob -> files.add(Answers.JSON
          .createObjectBuilder().add("id", blob.id()).add("filename", blob.filename()).add("mediaType", blob.mediaType())
          .add("size", blob.size()).add("trailIndex", seq))));
      return Response.ok(instance.add("attachments", files).build().toString()).build();
    });
  }

  /** A file an action of the instance carried, for those who may read the instance; 404 for another file. */
  @GET
  @Path("{id}/attachments/{blobId}")
  @Produces(MediaType.WILDCARD)
  @SignedIn
  public Response attachment(@PathParam("id") String id, @PathParam("blobId") String blobId) {
    return Answers.of(user.locale(), () -> {
      approvals.read(id);
      StoredBlob blob = attachments.carried(id, blobId).orElseThrow(() -> new WorkflowsNotFoundException(
          WorkflowsMessage.of("workflows.runtime.noSuchAttachment", blobId)));
      StreamingOutput content = out -> {
        try (InputStream in = attachments.open(blob.id())) {
          in.transferTo(out);
        }
      };
      // always a download: the file is the uploader's, not a page of ours
      String name = URLEncoder.encode(blob.filename(), StandardCharsets.UTF_8).replace("+", "%20");
      return Response.ok(content, MediaType.APPLICATION_OCTET_STREAM)
          .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
          .header("Content-Length", blob.size()).header("X-Content-Type-Options", "nosniff")
          .header("Content-Security-Policy", "default-src 'none'; sandbox").header("Cache-Control", "private, no-cache")
          .build();
    });
  }

  /** The submitter withdraws: {@code {"actionId", "version", "comment"}}. */
  @POST
  @Path("{id}/withdraw")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response withdraw(@PathParam("id") String id, String body) {
    ActionBody action = new ActionBody(body);
    String actionId = action.actionId();
    long version = action.version();
    String comment = action.text("comment");
    return Answers.of(user.locale(), () -> {
      ActionResult result = approvals.withdraw(id, version, actionId, comment);
      return Response.ok(json.instance(result.instance(), result.repeated()).toString()).build();
    });
  }
}
