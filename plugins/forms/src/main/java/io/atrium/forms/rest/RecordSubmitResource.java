package io.atrium.forms.rest;

import io.atrium.forms.FormRecords;
import io.atrium.forms.NotADraftException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.rest.SignedIn;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
    RecordChange change = RecordChange.of(body, false);
    try {
      RecordData submitted = records.submit(key, id, change.version(), change.values());
      return Response.ok(JsonValues.record(submitted).toString()).build();
    } catch (NotADraftException e) {
      return JsonBodies.problem(409, "Conflict", e.getMessage());
    }
  }

}
