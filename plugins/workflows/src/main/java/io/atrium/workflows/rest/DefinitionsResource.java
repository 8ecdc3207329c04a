package io.atrium.workflows.rest;

import io.atrium.sdk.rest.RequiresPermission;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.workflows.definition.json.InvalidDefinitionException;
import io.atrium.workflows.runtime.DefinitionCatalog;
import io.atrium.workflows.runtime.WorkflowsPermissions;
import io.atrium.workflows.storage.PublishedVersion;
import io.atrium.workflows.storage.StoredProcess;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/workflows/definitions}: drafts from JSON ({@code {"source": ..., "definition": ...}}),
 * publishing as new versions, the list. Every method needs {@value WorkflowsPermissions#DESIGN}.
 * A draft whose JSON structure is wrong answers 400, a draft that fails the designer's checks at
 * publishing 422; both list every problem with its JSON path.
 */
@Component(service = DefinitionsResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class DefinitionsResource {

  private static final String IN_BODY = "$.definition";

  private final DefinitionCatalog catalog;
  private final CurrentUser user;

  /** Declarative Services injects the catalog. */
  @Activate
  public DefinitionsResource(@Reference DefinitionCatalog catalog, @Reference CurrentUser user) {
    this.catalog = catalog;
    this.user = user;
  }

  /** Every process with its newest version. */
  @GET
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public String list() {
    JsonArrayBuilder list = Answers.JSON.createArrayBuilder();
    catalog.list().forEach(p -> list.add(summary(p)));
    return list.build().toString();
  }

  /** Creates a process from its first draft. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response create(String body) {
    JsonObject json = Answers.object(body);
    return Answers.of(user.locale(), () -> {
      try {
        StoredProcess created = catalog.create(source(json), definition(json));
        return Response.status(Response.Status.CREATED).entity(detail(created).toString()).build();
      } catch (InvalidDefinitionException e) {
        return Answers.definitionProblems(400, "Bad Request", e.problems(), IN_BODY, user.locale());
      }
    });
  }

  /** A process: its draft and its published versions. */
  @GET
  @Path("{key}")
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response read(@PathParam("key") String key) {
    return catalog.process(key).map(p -> Response.ok(detail(p).toString()).build())
        .orElseGet(() -> Answers.problem(404, "Not Found", "There is no process '" + key + "'"));
  }

  /** Replaces the draft of a process. */
  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response saveDraft(@PathParam("key") String key, String body) {
    JsonObject json = Answers.object(body);
    return Answers.of(user.locale(), () -> {
      try {
        return Response.ok(detail(catalog.saveDraft(key, source(json), definition(json))).toString()).build();
      } catch (InvalidDefinitionException e) {
        return Answers.definitionProblems(400, "Bad Request", e.problems(), IN_BODY, user.locale());
      }
    });
  }

  /** Publishes the draft as the next version; instances running on older versions keep theirs. */
  @POST
  @Path("{key}/publish")
  @RequiresPermission(WorkflowsPermissions.DESIGN)
  public Response publish(@PathParam("key") String key) {
    return Answers.of(user.locale(), () -> {
      try {
        return Response.ok(version(catalog.publish(key)).toString()).build();
      } catch (InvalidDefinitionException e) {
        // the paths are those of the draft definition (GET .../{key} shows it as "definition")
        return Answers.definitionProblems(422, "Unprocessable Content", e.problems(), IN_BODY, user.locale());
      }
    });
  }

  private static String source(JsonObject body) {
    JsonValue source = body.get("source");
    return source instanceof JsonString text ? text.getString() : null;
  }

  private static JsonValue definition(JsonObject body) {
    JsonValue definition = body.get("definition");
    if (definition == null || definition.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new io.atrium.sdk.rest.BadRequestProblem(IN_BODY, "The body holds the process under \"definition\","
          + " a JSON object");
    }
    return definition;
  }

  private static JsonObjectBuilder summary(StoredProcess process) {
    JsonObjectBuilder json = Answers.JSON.createObjectBuilder().add("key", process.key()).add("name", process.name())
        .add("source", process.sourceKey()).add("latestVersion", process.latestVersion())
        .add("savedAt", process.savedAt().toString());
    if (process.savedBy() != null) {
      json.add("savedBy", process.savedBy());
    }
    return json;
  }

  private JsonObject detail(StoredProcess process) {
    JsonArrayBuilder versions = Answers.JSON.createArrayBuilder();
    catalog.versions(process.key()).forEach(v -> versions.add(version(v)));
    try (var reader = Answers.JSON.createReader(new StringReader(process.draftJson()))) {
      return summary(process).add("definition", reader.readValue()).add("versions", versions).build();
    }
  }

  private static JsonObject version(PublishedVersion version) {
    JsonObjectBuilder json = Answers.JSON.createObjectBuilder().add("key", version.key())
        .add("version", version.version()).add("name", version.name()).add("source", version.sourceKey())
        .add("publishedAt", version.publishedAt().toString());
    if (version.publishedBy() != null) {
      json.add("publishedBy", version.publishedBy());
    }
    return json.build();
  }
}
