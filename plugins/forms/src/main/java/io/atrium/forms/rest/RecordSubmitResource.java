package io.atrium.forms.rest;

import io.atrium.forms.FormRecords;
import io.atrium.forms.NotADraftException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.SignedIn;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/v1/forms/{key}/records/{id}/submit} with {@code {"version": n, "values": {...}}}
 * ({@code values} optional): submits a draft with its last changes. 409 when the version is stale
 * or the record is no longer a draft; 422 when it does not pass the submit checks.
 */
@Component(service = RecordSubmitResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class RecordSubmitResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final FormRecords records;

  /** Declarative Services injects the facade. */
  @Activate
  public RecordSubmitResource(@Reference FormRecords records) {
    this.records = records;
  }

  /** Submits the draft. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response submit(@PathParam("key") String key, @PathParam("id") long id, String body) {
    JsonObject json = object(body);
    JsonValue version = json.get("version");
    if (version == null || version.getValueType() != JsonValue.ValueType.NUMBER) {
      throw new BadRequestProblem("$.version", "Give the version you read as \"version\", so a concurrent change "
          + "is detected instead of overwritten");
    }
    JsonValue values = json.get("values");
    if (values != null && values.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequestProblem("$.values", "Give the fields to change as an object under \"values\"");
    }
    Map<String, Object> changes = values == null ? Map.of() : JsonValues.fromJson(values.asJsonObject());
    try {
      RecordData submitted = records.submit(key, id, json.getJsonNumber("version").longValueExact(), changes);
      return Response.ok(JsonValues.record(submitted).toString()).build();
    } catch (NotADraftException e) {
      String problem = JSON.createObjectBuilder().add("type", "about:blank").add("title", "Conflict").add("status", 409)
          .add("detail", e.getMessage()).build().toString();
      return Response.status(409).type("application/problem+json").entity(problem).build();
    }
  }

  private static JsonObject object(String body) {
    if (body == null || body.isBlank()) {
      throw new BadRequestProblem("$", "The request needs a JSON object as its body");
    }
    try (JsonReader reader = JSON.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonException | ClassCastException | ArithmeticException e) {
      throw new BadRequestProblem("$", "The body is not a JSON object: " + e.getMessage());
    }
  }
}
