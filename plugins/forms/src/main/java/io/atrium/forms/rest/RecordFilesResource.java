package io.atrium.forms.rest;

import io.atrium.forms.RecordFile;
import io.atrium.forms.RecordFiles;
import io.atrium.sdk.rest.SignedIn;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code GET /api/v1/forms/{key}/records/{id}/files/{blobId}}: downloads a file of a record.
 * {@link RecordFiles} decides: view permission, row scope, field access, and the blob must be a
 * value of that record's file fields. Answers with the stored content type, never sniffed.
 */
@Component(service = RecordFilesResource.class)
public class RecordFilesResource {

  private static final JsonProvider JSON = JsonProvider.provider();

  private final RecordFiles files;

  /** Declarative Services injects the service. */
  @Activate
  public RecordFilesResource(@Reference RecordFiles files) {
    this.files = files;
  }

  /** The file's content; {@code ?inline=true} shows a raster image in the browser instead of saving it. */
  @GET
  @SignedIn
  public Response download(@PathParam("key") String key, @PathParam("id") long id,
      @PathParam("blobId") String blobId, @QueryParam("inline") @DefaultValue("false") boolean inline) {
    Optional<RecordFile> found = files.find(key, id, blobId);
    if (found.isEmpty()) {
      String body = JSON.createObjectBuilder().add("type", "about:blank").add("title", "Not Found").add("status", 404)
          .add("detail", "Record " + id + " of form '" + key + "' has no such file").build().toString();
      return Response.status(404).type("application/problem+json").entity(body).build();
    }
    RecordFile file = found.get();
    StreamingOutput content = out -> {
      try (InputStream in = file.content().get()) {
        in.transferTo(out);
      }
    };
    return Response.ok(content, file.contentType()).header("Content-Disposition", file.contentDisposition(inline))
        .header("Content-Length", file.blob().size()).header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox").header("Cache-Control", "private, no-cache")
        .build();
  }
}
