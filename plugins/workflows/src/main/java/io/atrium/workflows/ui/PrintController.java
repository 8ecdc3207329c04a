package io.atrium.workflows.ui;

import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code workflows/print.xhtml?id=<id>}: answers the instance's approval record as a PDF, for
 * those who may see the instance (403 for others, 404 when there is none).
 */
@Component(service = PrintController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "wfPrint", scope = ControllerScope.REQUEST)
public class PrintController {

  private final ApprovalPrintouts printouts;

  /** Declarative Services injects the printouts. */
  @Activate
  public PrintController(@Reference ApprovalPrintouts printouts) {
    this.printouts = printouts;
  }

  /** Sends the PDF and completes the response. */
  public void send() {
    String id = UiPages.id("id");
    byte[] pdf = UiPages.byId("id", printouts::pdf);
    if (pdf == null) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/pdf");
    external.setResponseContentLength(pdf.length);
    // the id matched [A-Za-z0-9._:-]: no text of the caller's reaches the header beyond that
    external.setResponseHeader("Content-Disposition", "inline; filename=\"approval-" + id.replace(':', '-')
        + ".pdf\"");
    try {
      external.getResponseOutputStream().write(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
