package io.atrium.forms.rest;

import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.RecordExports;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.SignedIn;
import io.atrium.sdk.table.TableFormat;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;

/**
 * {@code /api/v1/forms/{key}/export?format=csv|xlsx}: the records the caller may view, filtered and
 * sorted with the records list's parameters, streamed; the form's {@code export} permission and
 * field access are checked by {@link RecordExports} before the first byte.
 */
public class ExportResource {

  private final RecordExports exports;
  private final String formKey;

  /** The export of one form. */
  ExportResource(RecordExports exports, String formKey) {
    this.exports = exports;
    this.formKey = formKey;
  }

  /** The file. */
  @GET
  @SignedIn
  public Response export(@QueryParam("format") @DefaultValue("xlsx") String format,
      @QueryParam("filter") List<String> filters, @QueryParam("sort") String sort, @QueryParam("q") String quickSearch) {
    TableFormat kind = TableFormat.of(format).orElseThrow(() -> new BadRequestProblem("$.format",
        "Give format=csv or format=xlsx"));
    RecordExports.Export export;
    try {
      export = exports.prepare(formKey, QueryParameters.parse(filters, sort, 0, 1), quickSearch, kind);
    } catch (FormNotFoundException e) {
      throw new NotFoundException(e.getMessage());
    }
    StreamingOutput body = export::writeTo;
    return Response.ok(body, export.mediaType() + (kind == TableFormat.CSV ? "; charset=UTF-8" : ""))
        .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + "\"").build();
  }
}
