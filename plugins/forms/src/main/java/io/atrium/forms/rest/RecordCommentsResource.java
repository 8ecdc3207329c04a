package io.atrium.forms.rest;

import io.atrium.forms.CommentPage;
import io.atrium.forms.RecordComment;
import io.atrium.forms.RecordComments;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.identity.Person;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.SignedIn;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/forms/{key}/records/{id}/comments}: list (oldest first, paged), add
 * ({@code {"text": "..."}}, {@code @loginName} notifies) and delete comments. The text comes back
 * as typed: clients show it escaped. {@link RecordComments} checks who may do what.
 */
@Component(service = RecordCommentsResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class RecordCommentsResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final RecordComments comments;
  private final Directory directory;

  /** Declarative Services injects the services. */
  @Activate
  public RecordCommentsResource(@Reference RecordComments comments, @Reference Directory directory) {
    this.comments = comments;
    this.directory = directory;
  }

  /** A page of the record's comments. */
  @GET
  @SignedIn
  public String list(@PathParam("key") String key, @PathParam("id") long id,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
    CommentPage page = comments.list(key, id, offset, limit);
    JsonArrayBuilder items = JSON.createArrayBuilder();
    page.comments().forEach(c -> items.add(json(c)));
    return JSON.createObjectBuilder().add("total", page.total()).add("offset", offset).add("comments", items).build()
        .toString();
  }

  /** Adds a comment. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response add(@PathParam("key") String key, @PathParam("id") long id, String body) {
    JsonObject json = JsonBodies.object(body);
    JsonValue text = json.get("text");
    if (text == null || text.getValueType() != JsonValue.ValueType.STRING) {
      throw new BadRequestProblem("$.text", "Give the comment as a string under \"text\"");
    }
    RecordComment added = comments.add(key, id, json.getString("text"));
    return Response.status(Response.Status.CREATED).entity(json(added).toString()).build();
  }

  /** Deletes a comment: its author, or someone who may edit the record. */
  @DELETE
  @Path("{commentId}")
  @SignedIn
  public Response delete(@PathParam("key") String key, @PathParam("id") long id,
      @PathParam("commentId") long commentId) {
    if (!comments.delete(key, id, commentId)) {
      String problem = JSON.createObjectBuilder().add("type", "about:blank").add("title", "Not Found").add("status", 404)
          .add("detail", "Record " + id + " of form '" + key + "' has no comment " + commentId).build().toString();
      return Response.status(404).type("application/problem+json").entity(problem).build();
    }
    return Response.noContent().build();
  }

  private JsonObject json(RecordComment comment) {
    String name = comment.authorId() == null ? null
        : directory.person(comment.authorId()).map(Person::displayName).orElse(null);
    return JSON.createObjectBuilder().add("id", comment.id()).add("recordId", comment.recordId())
        .add("author", JsonValues.toJson(comment.authorName())).add("authorName", JsonValues.toJson(name))
        .add("text", comment.text()).add("mentions", JsonValues.toJson(comment.mentions()))
        .add("createdAt", comment.createdAt().toString()).add("deletable", comment.deletable()).build();
  }

}
