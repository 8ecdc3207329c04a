package io.atrium.forms.rest;

import io.atrium.forms.AppTemplate;
import io.atrium.forms.AppTemplates;
import io.atrium.forms.FormExistsException;
import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.PublishRefusedException;
import io.atrium.forms.schema.json.InvalidSchemaException;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.RequiresPermission;
import io.atrium.sdk.security.CurrentUser;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/forms/templates}: the one-click app templates, and installing one. */
@Component(service = TemplatesResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class TemplatesResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final AppTemplates templates;
  private final CurrentUser user;

  /** Declarative Services injects the templates and the caller. */
  @Activate
  public TemplatesResource(@Reference AppTemplates templates, @Reference CurrentUser user) {
    this.templates = templates;
    this.user = user;
  }

  /** The templates with names and descriptions in the caller's language. */
  @GET
  @RequiresPermission(FormPermissions.DESIGN)
  public String list() {
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (AppTemplate template : templates.list(user.locale())) {
      list.add(JSON.createObjectBuilder().add("id", template.id()).add("name", template.name())
          .add("description", template.description()).add("samples", template.samples()));
    }
    return list.build().toString();
  }

  /**
   * Installs a template: {@code {"key": "optional-form-key", "sampleData": true}}. Answers 201 with
   * the published form's key, version and the number of sample records.
   */
  @POST
  @Path("{id}/install")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(FormPermissions.DESIGN)
  public Response install(@PathParam("id") String id, String body) {
    JsonObject json = body == null || body.isBlank() ? JsonValue.EMPTY_JSON_OBJECT : JsonBodies.object(body);
    JsonValue key = json.get("key");
    if (key != null && key.getValueType() != JsonValue.ValueType.STRING && key != JsonValue.NULL) {
      throw new BadRequestProblem("$.key", "Give the form key as text, or leave it out for the template's own");
    }
    JsonValue sample = json.get("sampleData");
    if (sample != null && sample != JsonValue.TRUE && sample != JsonValue.FALSE) {
      throw new BadRequestProblem("$.sampleData", "Give sampleData as true or false");
    }
    try {
      AppTemplates.InstalledTemplate installed = templates.install(id, key == null || key == JsonValue.NULL ? null
          : json.getString("key"), sample == JsonValue.TRUE);
      return Response.status(Response.Status.CREATED).entity(JSON.createObjectBuilder()
          .add("key", installed.form().schema().key()).add("version", installed.form().version())
          .add("samples", installed.samples()).build().toString()).build();
    } catch (FormExistsException e) {
      return JsonBodies.problem(409, "Conflict", e.getMessage());
    } catch (FormNotFoundException e) {
      return JsonBodies.problem(404, "Not Found", e.getMessage());
    } catch (PublishRefusedException e) {
      return JsonBodies.problem(409, "Conflict", e.getMessage());
    } catch (InvalidSchemaException e) {
      return JsonBodies.problem(400, "Bad Request", e.problems().stream().map(p -> p.path() + ": " + p.message(user.locale()))
          .reduce((a, b) -> a + "; " + b).orElse(""));
    }
  }


}
