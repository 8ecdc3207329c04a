package io.atrium.forms.web;

import io.atrium.forms.RecordFile;
import io.atrium.forms.RecordFiles;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code forms/file.xhtml?form=<key>&id=<id>&blob=<blobId>[&inline=true]}: the browser's
 * download of a record's file in the signed-in session (the REST API takes tokens only). The
 * same {@link RecordFiles} check as REST: permission, row scope, field access, and the blob must
 * belong to the record; 403 or 404 otherwise.
 */
@Component(service = FileController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsFile", scope = ControllerScope.REQUEST)
public class FileController {

  private final RecordFiles files;

  /** Declarative Services injects the service. */
  @Activate
  public FileController(@Reference RecordFiles files) {
    this.files = files;
  }

  /** Writes the file as the response, or answers 403/404. */
  public void download() {
    String key = Pages.formKey();
    Long id = Pages.longParam("id");
    String blobId = Pages.param("blob");
    if (key == null || id == null || blobId == null) {
      Pages.fail(404);
      return;
    }
    Optional<RecordFile> file;
    try {
      file = files.find(key, id, blobId);
    } catch (AccessDeniedException e) {
      Pages.fail(403);
      return;
    } catch (RecordNotFoundException e) {
      // an unknown form too: FormNotFoundException is one
      Pages.fail(404);
      return;
    }
    if (file.isEmpty()) {
      Pages.fail(404);
      return;
    }
    send(file.get(), "true".equals(Pages.param("inline")));
  }

  private static void send(RecordFile file, boolean inline) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(file.contentType());
    external.setResponseHeader("Content-Disposition", file.contentDisposition(inline));
    external.setResponseHeader("X-Content-Type-Options", "nosniff");
    external.setResponseHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    external.setResponseHeader("Cache-Control", "private, no-cache");
    if (file.blob().size() <= Integer.MAX_VALUE) {
      external.setResponseContentLength((int) file.blob().size());
    }
    try (InputStream in = file.content().get()) {
      OutputStream out = external.getResponseOutputStream();
      in.transferTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
