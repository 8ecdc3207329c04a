package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.RecordImports;
import io.atrium.forms.imports.ImportField;
import io.atrium.forms.imports.ImportMode;
import io.atrium.forms.imports.ImportPreview;
import io.atrium.forms.imports.ImportProblem;
import io.atrium.forms.imports.ImportRefusedException;
import io.atrium.forms.imports.ImportState;
import io.atrium.forms.imports.ImportStatus;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code forms/import.xhtml?form=<key>}: upload a CSV or Excel file, see its first rows, map
 * its columns to fields (suggested by their headers), check every row, choose the mode, and follow
 * the import's progress to its outcome. The work is {@link RecordImports}'; this only shows it.
 */
@Component(service = ImportController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsImport", scope = ControllerScope.VIEW)
public class ImportController {

  /** A column of the file as the mapping table shows it. */
  public record Column(String index, String header, String example) {
  }

  private final FormCatalog catalog;
  private final RecordImports imports;
  private final CurrentUser user;
  private String key;
  private PublishedForm form;
  private Part file;
  private ImportPreview preview;
  private ImportStatus status;
  private final Map<String, String> mapping = new LinkedHashMap<>();
  private String mode = ImportMode.ALL_OR_NOTHING.code();

  /** Declarative Services injects the facades. */
  @Activate
  public ImportController(@Reference FormCatalog catalog, @Reference RecordImports imports,
      @Reference CurrentUser user) {
    this.catalog = catalog;
    this.imports = imports;
    this.user = user;
  }

  /** Reads the form of the request; 404 for an unknown one, 403 without its import permission. */
  public void load() {
    if (form != null) {
      return;
    }
    key = Pages.formKey();
    Optional<PublishedForm> published = Pages.permittedForm(catalog, user, key, "import");
    if (published.isEmpty()) {
      return;
    }
    form = published.get();
  }

  /** Keeps the chosen file and shows its preview. */
  public void upload() {
    if (file == null || file.getSize() == 0) {
      Pages.message(null, FacesMessage.SEVERITY_WARN, Pages.text(user.locale(), "forms.ui.import.choose"));
      return;
    }
    try (InputStream content = file.getInputStream()) {
      preview = imports.upload(key, file.getSubmittedFileName(), content);
      status = null;
      mapping.clear();
      preview.suggested().forEach((column, field) -> mapping.put(String.valueOf(column), field));
    } catch (ImportRefusedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    } catch (IOException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.import.unreadable"));
    }
  }

  /** Checks every row with the mapping; changes nothing. */
  public void check() {
    start(null);
  }

  /** Imports with the chosen mode. */
  public void run() {
    start(ImportMode.of(mode).orElse(ImportMode.ALL_OR_NOTHING));
  }

  private void start(ImportMode chosen) {
    if (preview == null) {
      return;
    }
    try {
      status = chosen == null ? imports.check(key, preview.id(), mapping()) : imports.run(key, preview.id(),
          mapping(), chosen);
    } catch (ImportRefusedException | AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
    }
  }

  /** Reads the progress again (the page polls while the import works). */
  public void refresh() {
    if (preview == null || status == null) {
      return;
    }
    try {
      status = imports.status(key, preview.id());
    } catch (ImportRefusedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, e.getMessage());
      status = null;
    }
  }

  /** Forgets the file and starts over. */
  public void reset() {
    if (preview != null && (status == null || !status.state().busy())) {
      try {
        imports.discard(key, preview.id());
      } catch (ImportRefusedException e) {
        // already forgotten: nothing to discard
      }
    }
    preview = null;
    status = null;
    mapping.clear();
  }

  private Map<Integer, String> mapping() {
    Map<Integer, String> chosen = new LinkedHashMap<>();
    mapping.forEach((column, field) -> {
      if (field != null && !field.isBlank()) {
        chosen.put(Integer.valueOf(column), field);
      }
    });
    return chosen;
  }

  /** The file's columns with the first value below each header. */
  public List<Column> getColumns() {
    List<Column> columns = new ArrayList<>();
    if (preview == null) {
      return columns;
    }
    for (int i = 0; i < preview.headers().size(); i++) {
      int column = i;
      String example = preview.sample().isEmpty() || preview.sample().get(0).size() <= column ? ""
          : preview.sample().get(0).get(column);
      columns.add(new Column(String.valueOf(i), preview.headers().get(i), example));
    }
    return columns;
  }

  /** The fields a column may fill. */
  public List<ImportField> getFields() {
    return preview == null ? List.of() : preview.fields().stream().filter(ImportField::mappable).toList();
  }

  /** How far the check or import has come, 0 to 100. */
  public int getPercent() {
    return status == null || status.total() == 0 ? 0 : (int) Math.min(100, status.done() * 100L / status.total());
  }

  /** Whether the check or import is working. */
  public boolean isBusy() {
    return status != null && status.state().busy();
  }

  /** Whether the import finished. */
  public boolean isDone() {
    return status != null && status.state() == ImportState.DONE;
  }

  /** The state in the user's language. */
  public String getStateText() {
    return status == null ? "" : Pages.text(user.locale(), "forms.ui.import.state."
        + status.state().name().toLowerCase(java.util.Locale.ROOT));
  }

  /** The problems of the report. */
  public List<ImportProblem> getProblems() {
    return status == null ? List.of() : status.problems();
  }

  /** The modes offered. */
  public List<String> getModes() {
    return List.of(ImportMode.ALL_OR_NOTHING.code(), ImportMode.VALID_ROWS.code());
  }

  public String getKey() {
    return key;
  }

  /** The form's name in the user's language. */
  public String getName() {
    return form == null ? "" : form.schema().name(user.locale());
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public ImportStatus getStatus() {
    return status;
  }

  public Map<String, String> getMapping() {
    return mapping;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }
}
