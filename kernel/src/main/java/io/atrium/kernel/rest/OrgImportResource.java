package io.atrium.kernel.rest;

import io.atrium.kernel.identity.OrgImport;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.validation.FieldProblem;
import io.atrium.kernel.validation.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Imports people and departments from a spreadsheet, all or nothing. The file's kind comes from
 * {@code ?name=}, else from the Content-Type ({@code text/csv} or the workbook type), else from
 * the content; a name or type the content does not match is refused.
 */
@Path("v1/users/import")
@RequestScoped
@Tag(name = "Users", description = "People of the organisation and their accounts")
public class OrgImportResource {

  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** Largest file accepted. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  /** One problem of a row, translated. */
  public record ProblemView(String field, String message) implements java.io.Serializable {
  }

  /** One row of the report. */
  public record RowView(int row, String username, String action, List<ProblemView> problems)
      implements java.io.Serializable {
  }

  /** The report: what would happen (or happened) to every row. */
  public record ReportView(boolean committed, boolean clean, long created, long updated, long errors,
      List<String> departmentsCreated, List<String> fileProblems, List<RowView> rows) implements java.io.Serializable {
  }

  @Inject
  OrgImport importer;

  @POST
  @Consumes({MediaType.APPLICATION_OCTET_STREAM, "text/csv",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
  @Produces(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Checks a CSV or Excel file of people; with commit=true imports it when it has no problems")
  public ReportView upload(InputStream body, @QueryParam("commit") @DefaultValue("false") boolean commit,
      @QueryParam("name") String name, @HeaderParam("Content-Type") String contentType,
      @HeaderParam("Accept-Language") String language) throws IOException {
    byte[] content = body.readNBytes(MAX_BYTES + 1);
    if (content.length > MAX_BYTES) {
      new Problems().add("", "import.file.large", MAX_BYTES / (1024 * 1024)).throwIfAny();
    }
    Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh")
        ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT;
    boolean mayGrantRoles = org.apache.shiro.SecurityUtils.getSubject().isPermitted(KernelPermissions.ROLES_MANAGE);
    OrgImport.Report report = importer.run(content, fileName(name, contentType), commit, mayGrantRoles);
    return view(report, locale);
  }

  @GET
  @Path("template")
  @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "An Excel template with the columns the import reads and an example row")
  public Response template() {
    StreamingOutput output = OrgImport::writeTemplate;
    return Response.ok(output).header("Content-Disposition", "attachment; filename=\"people-import.xlsx\"").build();
  }

  /** The name the file is read by: the one given, else one of the kind the Content-Type names, else none. */
  static String fileName(String name, String contentType) {
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "text/csv" -> "people.csv";
      case XLSX -> "people.xlsx";
      default -> null;
    };
  }

  /** The report translated into a language. */
  public static ReportView view(OrgImport.Report report, Locale locale) {
    List<RowView> rows = report.rows().stream().map(row -> new RowView(row.row(), row.username(), row.action().name(),
        row.problems().stream().map(p -> problem(p, locale)).toList())).toList();
    return new ReportView(report.committed(), report.clean(), report.count(OrgImport.Action.CREATE),
        report.count(OrgImport.Action.UPDATE), report.count(OrgImport.Action.ERROR), report.departmentsCreated(),
        report.fileProblems().stream().map(m -> m.in(locale)).toList(), rows);
  }

  private static ProblemView problem(FieldProblem problem, Locale locale) {
    return new ProblemView(problem.field(), problem.message().in(locale));
  }
}
