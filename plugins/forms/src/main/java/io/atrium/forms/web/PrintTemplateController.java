package io.atrium.forms.web;

import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.RecordPrints;
import io.atrium.forms.print.InvalidTemplateException;
import io.atrium.sdk.pdf.PdfRenderer;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code forms/print-template.xhtml?form=<key>} for designers: the form's print template in a
 * text area, the placeholders it may use, a preview with the newest record, save and reset.
 */
@Component(service = PrintTemplateController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsPrintTemplate", scope = ControllerScope.VIEW)
public class PrintTemplateController {

  private final RecordPrints prints;
  private final CurrentUser user;
  private final PdfRenderer pdf;
  private String key;
  private String text;
  private boolean saved;
  private List<String> placeholders = List.of();
  private String preview;

  /** Declarative Services injects the facade. */
  @Activate
  public PrintTemplateController(@Reference RecordPrints prints, @Reference CurrentUser user,
      @Reference PdfRenderer pdf) {
    this.prints = prints;
    this.user = user;
    this.pdf = pdf;
  }

  /** Reads the template of the form of the request; 404 when the form is not published. */
  public void load() {
    if (key != null) {
      return;
    }
    String requested = Pages.formKey();
    if (requested == null) {
      Pages.fail(404);
      return;
    }
    try {
      read(requested);
    } catch (FormNotFoundException e) {
      Pages.fail(404);
    }
  }

  private void read(String formKey) {
    RecordPrints.Template template = prints.template(formKey);
    key = formKey;
    text = template.text();
    saved = template.saved();
    placeholders = template.placeholders();
  }

  /** Saves the text; a refused template keeps the text in the editor with the reason. */
  public void save() {
    try {
      prints.saveTemplate(key, text);
      saved = true;
      preview = null;
      Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), "forms.ui.print.template.saved"));
    } catch (InvalidTemplateException e) {
      refused(e);
    }
  }

  /** Shows the text filled with the newest record, without saving it. */
  public void showPreview() {
    try {
      preview = prints.preview(key, text).body();
    } catch (InvalidTemplateException e) {
      preview = null;
      refused(e);
    }
  }

  /** Drops the saved template; the editor shows the default one. */
  public void reset() {
    prints.resetTemplate(key);
    read(key);
    preview = null;
    Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), "forms.ui.print.template.reset"));
  }

  private void refused(InvalidTemplateException e) {
    Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), e.key(), e.messageArguments()));
  }

  public String getKey() {
    return key;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** Whether a designer saved the template (else it is the default one). */
  public boolean isSaved() {
    return saved;
  }

  /** The placeholders the template may use. */
  public List<String> getPlaceholders() {
    return placeholders;
  }

  /** The preview's XHTML, or null. */
  public String getPreview() {
    return preview;
  }

  /** Whether PDFs can show Chinese text on this server. */
  public boolean isChineseFont() {
    return pdf.hasChineseFont();
  }
}
