package io.atrium.web.admin;

import io.atrium.kernel.identity.OrgImport;
import io.atrium.kernel.rest.OrgImportResource;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.web.page.Guard;
import io.atrium.web.page.KernelServices;
import io.atrium.web.page.PageMessages;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The org-chart import page: upload a CSV or Excel file, read the check of every row, then import
 * the file when it has no problems. The file stays in the view between the check and the import,
 * so what is imported is exactly what was checked.
 */
@Named("importPage")
@ViewScoped
public class ImportPage implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Largest file accepted, as for the REST call. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  @Inject
  KernelServices kernel;

  @Inject
  PageMessages messages;

  private byte[] content;
  private String fileName;
  private OrgImportResource.ReportView report;

  /** The largest file, for the upload component. */
  public long getMaxBytes() {
    return MAX_BYTES;
  }

  /** Reads an uploaded file and checks it; nothing is written. */
  public void upload(FileUploadEvent event) throws IOException {
    Guard.require(KernelPermissions.USERS_MANAGE);
    UploadedFile file = event.getFile();
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      messages.error("admin.import.tooLarge", MAX_BYTES >> 20);
      return;
    }
    content = bytes;
    fileName = file.getFileName();
    report = OrgImportResource.view(kernel.orgImport().run(content, fileName, false, mayGrantRoles()),
        messages.locale());
  }

  /** Imports the checked file, all or nothing. */
  public void commit() {
    Guard.require(KernelPermissions.USERS_MANAGE);
    if (content == null) {
      messages.error("admin.import.noFile");
      return;
    }
    OrgImport.Report done = kernel.orgImport().run(content, fileName, true, mayGrantRoles());
    report = OrgImportResource.view(done, messages.locale());
    if (done.committed()) {
      messages.info("admin.import.done", report.created(), report.updated());
      content = null;
    } else {
      messages.error("admin.import.refused");
    }
  }

  /** Streams the Excel template. */
  public void template() throws IOException {
    Guard.require(KernelPermissions.USERS_MANAGE);
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    external.responseReset();
    external.setResponseContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"people-import.xlsx\"");
    OrgImport.writeTemplate(external.getResponseOutputStream());
    context.responseComplete();
  }

  private static boolean mayGrantRoles() {
    return Guard.has(KernelPermissions.ROLES_MANAGE);
  }

  /** The report of the last check or import, or null. */
  public OrgImportResource.ReportView getReport() {
    return report;
  }

  /** The name of the file checked, or null. */
  public String getFileName() {
    return fileName;
  }

  /** Whether the checked file can be imported now. */
  public boolean isReady() {
    return content != null && report != null && report.clean() && !report.committed();
  }
}
