package io.atrium.forms.rest;

import io.atrium.forms.RecordFiles;
import io.atrium.sdk.blob.BlobRefusedException;
import io.atrium.sdk.blob.StoredBlob;
import io.atrium.sdk.rest.SignedIn;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code POST /api/v1/forms/{key}/files?field=<name>&filename=<name>} with the file as the raw
 * body: stores it for a file field the caller may fill, checked against the field's limits, and
 * answers 201 with the blob's id to put into the field's value.
 */
@Component(service = FileUploadResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class FileUploadResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final RecordFiles files;

  /** Declarative Services injects the service. */
  @Activate
  public FileUploadResource(@Reference RecordFiles files) {
    this.files = files;
  }

  /** Stores the uploaded file. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @SignedIn
  public Response upload(@PathParam("key") String key, @QueryParam("field") String field,
      @QueryParam("filename") String filename, InputStream body) {
    try {
      StoredBlob blob = files.upload(key, field, filename, body);
      return Response.status(201).entity(JSON.createObjectBuilder().add("id", blob.id())
          .add("filename", blob.filename()).add("mediaType", blob.mediaType()).add("size", blob.size()).build()
          .toString()).build();
    } catch (BlobRefusedException e) {
      String problem = JSON.createObjectBuilder().add("type", "about:blank").add("title", "Unprocessable Content")
          .add("status", 422).add("detail", e.getMessage()).build().toString();
      return Response.status(422).type("application/problem+json").entity(problem).build();
    }
  }
}
