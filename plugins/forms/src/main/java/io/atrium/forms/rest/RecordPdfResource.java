package io.atrium.forms.rest;

import io.atrium.forms.RecordPrints;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.rest.SignedIn;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /api/v1/forms/{key}/records/{id}/pdf}: a record printed with its form's print template,
 * as a PDF. Reached through {@link FormsResource}'s locator; the view permission, row scope and
 * field access are checked by {@link RecordPrints}.
 */
public class RecordPdfResource {

  static final String PDF = "application/pdf";

  private final RecordPrints prints;

  RecordPdfResource(RecordPrints prints) {
    this.prints = prints;
  }

  /** The PDF; 403 without the form's view permission, 404 for a record the caller may not see. */
  @GET
  @SignedIn
  @Produces({PDF, "application/problem+json"})
  public Response pdf(@PathParam("key") String key, @PathParam("id") long id) {
    byte[] pdf = prints.pdf(key, id).orElseThrow(() -> new RecordNotFoundException("forms." + key, id));
    // the key is a form key ([a-z0-9-]) and the id a number: nothing of the caller's text reaches the header
    return Response.ok(pdf, PDF).header("Content-Disposition", "inline; filename=\"" + key + "-" + id + ".pdf\"")
        .build();
  }
}
