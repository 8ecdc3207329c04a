package io.atrium.forms.rest;

import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.IntakeChange;
import io.atrium.forms.IntakeSettings;
import io.atrium.forms.Intakes;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.RequiresPermission;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/forms/<key>/intake}: a form's public intake settings, for designers. */
@Component(service = IntakeSettingsResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class IntakeSettingsResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final Intakes intakes;

  /** Declarative Services injects the intake service. */
  @Activate
  public IntakeSettingsResource(@Reference Intakes intakes) {
    this.intakes = intakes;
  }

  /** The settings, or 404 when the form never had any. */
  @GET
  @RequiresPermission(FormPermissions.DESIGN)
  public Response get(@PathParam("key") String key) {
    return intakes.settings(key).map(s -> Response.ok(json(s)).build()).orElseGet(() -> Response.status(404)
        .type("application/problem+json").entity(JSON.createObjectBuilder().add("type", "about:blank")
            .add("title", "Not Found").add("status", 404).add("detail", "The form '" + key
                + "' has no intake settings yet; PUT them to open it to the public").build().toString()).build());
  }

  /**
   * Changes the settings: {@code {"enabled": true, "thankYou": "...", "ownerId": 7,
   * "excludedFields": ["notes"], "newSlug": false}}.
   */
  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(FormPermissions.DESIGN)
  public Response save(@PathParam("key") String key, String body) {
    JsonObject json = JsonBodies.object(body);
    List<String> excluded = new ArrayList<>();
    JsonValue fields = json.get("excludedFields");
    if (fields != null && fields != JsonValue.NULL) {
      if (fields.getValueType() != JsonValue.ValueType.ARRAY) {
        throw new BadRequestProblem("$.excludedFields", "Give the fields to keep off the page as a list of names");
      }
      for (JsonValue name : fields.asJsonArray()) {
        if (name.getValueType() != JsonValue.ValueType.STRING) {
          throw new BadRequestProblem("$.excludedFields", "Each excluded field is a field name in quotes");
        }
        excluded.add(((jakarta.json.JsonString) name).getString());
      }
    }
    JsonValue owner = json.get("ownerId");
    if (owner != null && owner != JsonValue.NULL && owner.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new BadRequestProblem("$.ownerId", "Give the owner as a user id, or null for none");
    }
    try {
      IntakeSettings saved = intakes.save(key, new IntakeChange(json.getBoolean("enabled", false),
          json.containsKey("thankYou") && json.get("thankYou").getValueType() == JsonValue.ValueType.STRING
              ? json.getString("thankYou") : null,
          owner == null || owner == JsonValue.NULL ? null : json.getJsonNumber("ownerId").longValueExact(),
          excluded, json.getBoolean("newSlug", false)));
      return Response.ok(json(saved)).build();
    } catch (FormNotFoundException e) {
      return Response.status(404).type("application/problem+json").entity(JSON.createObjectBuilder()
          .add("type", "about:blank").add("title", "Not Found").add("status", 404).add("detail", e.getMessage())
          .build().toString()).build();
    }
  }

  private static String json(IntakeSettings settings) {
    JsonArrayBuilder excluded = JSON.createArrayBuilder();
    settings.excludedFields().forEach(excluded::add);
    JsonObjectBuilder body = JSON.createObjectBuilder().add("formKey", settings.formKey())
        .add("slug", settings.slug()).add("enabled", settings.enabled())
        .add("path", "/api/v1/forms-intake/" + settings.slug()).add("excludedFields", excluded)
        .add("updatedAt", settings.updatedAt().toString());
    if (settings.thankYou() != null) {
      body.add("thankYou", settings.thankYou());
    } else {
      body.addNull("thankYou");
    }
    if (settings.ownerId() != null) {
      body.add("ownerId", settings.ownerId());
    } else {
      body.addNull("ownerId");
    }
    return body.build().toString();
  }

}
