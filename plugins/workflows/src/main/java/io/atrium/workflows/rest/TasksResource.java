package io.atrium.workflows.rest;

import io.atrium.sdk.blob.BlobRefusedException;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.rest.SignedIn;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.workflows.engine.ActionResult;
import io.atrium.workflows.runtime.ApprovalAttachments;
import io.atrium.workflows.runtime.ApprovalUrges;
import io.atrium.workflows.runtime.Approvals;
import io.atrium.workflows.runtime.DefinitionCatalog;
import io.atrium.workflows.runtime.MyTasks;
import io.atrium.workflows.runtime.ProcessNames;
import io.atrium.workflows.runtime.TaskCommand;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Instant;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/workflows/tasks}: the caller's pending tasks, and the actions on one, which only
 * its assignee may take. Each action body carries {@code actionId} and {@code version}; a stale
 * version answers 409. Urging is the submitter's, once per ten minutes per task (429 otherwise).
 */
@Component(service = TasksResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

  private final Approvals approvals;
  private final ApprovalUrges urges;
  private final MyTasks tasks;
  private final CurrentUser user;
  private final InstanceJson json;
  private final ApprovalAttachments attachments;

  /** Declarative Services injects the facades. */
  @Activate
  public TasksResource(@Reference Approvals approvals, @Reference ApprovalUrges urges, @Reference MyTasks tasks,
      @Reference DefinitionCatalog catalog, @Reference CurrentUser user, @Reference ApprovalAttachments attachments) {
    this.approvals = approvals;
    this.urges = urges;
    this.tasks = tasks;
    this.user = user;
    this.json = new InstanceJson(new ProcessNames(catalog.source()));
    this.attachments = attachments;
  }

  /** A page of the caller's pending tasks, newest first. */
  @GET
  @SignedIn
  public Response list(@QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    return Answers.of(user.locale(), () -> {
      MyTasks.Page page = tasks.page(offset, limit);
      JsonArrayBuilder list = Answers.JSON.createArrayBuilder();
      page.tasks().forEach(t -> list.add(json.task(t)));
      return Response.ok(Answers.JSON.createObjectBuilder().add("total", page.total()).add("offset", offset)
          .add("tasks", list).build().toString()).build();
    });
  }

  /**
   * Approves: {@code {"actionId", "version", "comment"}}, with {@code "values"} the record fields the
   * node makes writable, changed together with the approval, and {@code "signature"} the approver's
   * handwritten signature (a PNG as a {@code data:} URL) where the node asks for one.
   */
  @POST
  @Path("{taskId}/approve")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response approve(@PathParam("taskId") String taskId, String body) {
    return act(taskId, TaskCommand.Kind.APPROVE, new ActionBody(body));
  }

  /** Rejects: {@code {"actionId", "version", "comment"}}. */
  @POST
  @Path("{taskId}/reject")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response reject(@PathParam("taskId") String taskId, String body) {
    return act(taskId, TaskCommand.Kind.REJECT, new ActionBody(body));
  }

  /** Returns the record to an earlier node: {@code {"actionId", "version", "target", "comment"}}. */
  @POST
  @Path("{taskId}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response returnTo(@PathParam("taskId") String taskId, String body) {
    return act(taskId, TaskCommand.Kind.RETURN, new ActionBody(body));
  }

  /** Transfers the task: {@code {"actionId", "version", "userId", "comment"}}. */
  @POST
  @Path("{taskId}/transfer")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response transfer(@PathParam("taskId") String taskId, String body) {
    return act(taskId, TaskCommand.Kind.TRANSFER, new ActionBody(body));
  }

  /** Adds a signer: {@code {"actionId", "version", "userId", "before", "comment"}}. */
  @POST
  @Path("{taskId}/add-signer")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response addSigner(@PathParam("taskId") String taskId, String body) {
    return act(taskId, TaskCommand.Kind.ADD_SIGNER, new ActionBody(body));
  }

  /** Removes a signer the caller added, on the signer's task: {@code {"actionId", "version", "comment"}}. */
  @POST
  @Path("{taskId}/remove-signer")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response removeSigner(@PathParam("taskId") String taskId, String body) {
    return act(taskId, TaskCommand.Kind.REMOVE_SIGNER, new ActionBody(body));
  }

  /** Delegates the task: {@code {"actionId", "version", "userId", "comment"}}. */
  @POST
  @Path("{taskId}/delegate")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response delegate(@PathParam("taskId") String taskId, String body) {
    return act(taskId, TaskCommand.Kind.DELEGATE, new ActionBody(body));
  }

  /** Takes back a task the caller delegated, while the delegate has not acted: {@code {"actionId", "version"}}. */
  @POST
  @Path("{taskId}/reclaim")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response reclaim(@PathParam("taskId") String taskId, String body) {
    return act(taskId, TaskCommand.Kind.RECLAIM, new ActionBody(body));
  }

  /**
   * Uploads a file for the caller's pending task, to go with the comment of an action on it
   * ({@code "attachments": [id]}): the body is the file, {@code ?filename=} its name; 201 with its id.
   */
  @POST
  @Path("{taskId}/attachments")
  @Consumes(MediaType.WILDCARD)
  @SignedIn
  public Response upload(@PathParam("taskId") String taskId, @QueryParam("filename") String filename,
      InputStream body) {
    return Answers.of(user.locale(), () -> {
      try {
        StoredBlob blob = attachments.upload(taskId, filename, body);
        return Response.status(201).entity(Answers.JSON.createObjectBuilder().add("id", blob.id())
            .add("filename", blob.filename()).add("mediaType", blob.mediaType()).add("size", blob.size()).build()
            .toString()).build();
      } catch (BlobRefusedException e) {
        return Answers.problem(422, "Unprocessable Content", e.getMessage());
      }
    });
  }

  /** The submitter urges the assignee. */
  @POST
  @Path("{taskId}/urge")
  @SignedIn
  public Response urge(@PathParam("taskId") String taskId) {
    return Answers.of(user.locale(), () -> {
      Instant next = urges.urge(taskId);
      return Response.ok(Answers.JSON.createObjectBuilder().add("task", taskId).add("nextUrgeAt", next.toString())
          .build().toString()).build();
    });
  }

  private Response act(String taskId, TaskCommand.Kind kind, ActionBody body) {
    String actionId = body.actionId();
    long version = body.version();
    Long userId = kind.namesPerson() ? body.userId("userId") : null;
    boolean approve = kind == TaskCommand.Kind.APPROVE;
    Map<String, Object> values = approve ? body.values() : Map.of();
    TaskCommand command = new TaskCommand(kind, actionId, body.text("comment"), body.text("target"), userId,
        body.flag("before"), values, approve ? body.text("signature") : null, body.strings("attachments"));
    return Answers.of(user.locale(), () -> {
      ActionResult result = approvals.act(taskId, version, command);
      return Response.ok(json.instance(result.instance(), result.repeated()).toString()).build();
    });
  }
}
