package io.atrium.forms.web;

import io.atrium.forms.RecordExports;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.table.TableFormat;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/** The Export CSV and Export Excel buttons of the records page: the current filter, as a download. */
@Component(service = ExportController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsExport", scope = ControllerScope.REQUEST)
public class ExportController {

  private final RecordExports exports;
  private final CurrentUser user;

  /** Declarative Services injects the facade. */
  @Activate
  public ExportController(@Reference RecordExports exports, @Reference CurrentUser user) {
    this.exports = exports;
    this.user = user;
  }

  /** Sends the records the list shows (all pages) as a file of that format ({@code csv} or {@code xlsx}). */
  public void export(RecordsController list, String format) throws IOException {
    RecordExports.Export export;
    try {
      export = exports.prepare(list.getKey(), list.query(0, 1), list.quickSearch(),
          TableFormat.of(format).orElse(TableFormat.XLSX));
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(export.mediaType());
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"");
    try (OutputStream out = external.getResponseOutputStream()) {
      export.writeTo(out);
    }
    faces.responseComplete();
  }
}
