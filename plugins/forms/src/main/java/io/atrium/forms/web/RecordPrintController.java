package io.atrium.forms.web;

import io.atrium.forms.RecordPrints;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code forms/print.xhtml?form=<key>&id=<id>}: a record filled into its form's print
 * template, with buttons to print it and to download the PDF ({@code &download=pdf}).
 */
@Component(service = RecordPrintController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsPrint", scope = ControllerScope.REQUEST)
public class RecordPrintController {

  private final RecordPrints prints;
  private final CurrentUser user;
  private String key;
  private Long id;
  private RecordPrints.Printout printout;

  /** Declarative Services injects the facade. */
  @Activate
  public RecordPrintController(@Reference RecordPrints prints, @Reference CurrentUser user) {
    this.prints = prints;
    this.user = user;
  }

  /** Fills the record of the request in, or sends its PDF; 404 when there is none the caller may see, 403 without view. */
  public void load() {
    if (printout != null) {
      return;
    }
    key = Pages.formKey();
    id = Pages.longParam("id");
    if (key == null || id == null) {
      Pages.fail(404);
      return;
    }
    try {
      if ("pdf".equals(Pages.param("download"))) {
        Optional<byte[]> pdf = prints.pdf(key, id);
        if (pdf.isEmpty()) {
          Pages.fail(404);
        } else {
          send(pdf.get());
        }
        return;
      }
      Optional<RecordPrints.Printout> found = prints.printout(key, id);
      if (found.isEmpty()) {
        Pages.fail(404);
        return;
      }
      printout = found.get();
    } catch (AccessDeniedException e) {
      Pages.fail(403);
    }
  }

  private void send(byte[] pdf) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/pdf");
    external.setResponseContentLength(pdf.length);
    // key [a-z0-9-] and a number: no text of the caller's reaches the header
    external.setResponseHeader("Content-Disposition", "inline; filename=\"" + key + "-" + id + ".pdf\"");
    try {
      external.getResponseOutputStream().write(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  public String getKey() {
    return key;
  }

  public Long getId() {
    return id;
  }

  /** The page's title: the form's name and the record's serial. */
  public String getTitle() {
    return printout == null ? "" : printout.title();
  }

  /** The filled template: XHTML whose values are escaped and whose markup was checked on save. */
  public String getBody() {
    return printout == null ? "" : printout.body();
  }

  /** The caller's language, for the page's {@code lang}. */
  public String getLanguage() {
    return user.locale().toLanguageTag();
  }
}
