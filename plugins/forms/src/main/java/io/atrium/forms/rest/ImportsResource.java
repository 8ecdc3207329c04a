package io.atrium.forms.rest;

import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.RecordImports;
import io.atrium.forms.imports.ImportField;
import io.atrium.forms.imports.ImportMode;
import io.atrium.forms.imports.ImportPreview;
import io.atrium.forms.imports.ImportProblem;
import io.atrium.forms.imports.ImportRefusedException;
import io.atrium.forms.imports.ImportStatus;
import io.atrium.sdk.rest.BadRequestProblem;
import io.atrium.sdk.rest.SignedIn;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /api/v1/forms/{key}/imports}: upload a CSV or Excel file (the body, its name in
 * {@code ?name=} or {@code Content-Disposition}; or a {@code multipart/form-data} form with the
 * file in part {@code file}), preview it, check every row with a column mapping, run the import in
 * the background and poll its progress. The form's {@code import} permission is checked by
 * {@link RecordImports}.
 */
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

  private static final JsonProvider JSON = JsonProvider.provider();
  private static final Pattern FILENAME = Pattern.compile("filename\\*?=(?:UTF-8'')?\"?([^\";]+)\"?",
      Pattern.CASE_INSENSITIVE);

  private final RecordImports imports;
  private final String formKey;

  /** The imports of one form. */
  ImportsResource(RecordImports imports, String formKey) {
    this.imports = imports;
    this.formKey = formKey;
  }

  /** Keeps an uploaded file and answers its preview with a suggested mapping. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @SignedIn
  public Response upload(InputStream body, @QueryParam("name") String name,
      @HeaderParam("Content-Disposition") String disposition) {
    String fileName = fileName(name, disposition);
    if (fileName == null) {
      throw new BadRequestProblem("$", "Give the file's name as ?name=..., e.g. ?name=records.xlsx, or in a "
          + "Content-Disposition header");
    }
    return answer(() -> Response.status(Response.Status.CREATED).entity(previewJson(imports.upload(formKey,
        fileName, body)).toString()).build());
  }

  /**
   * The upload as a form: the file in part {@code file} (its name from the part's
   * {@code filename}); an optional {@code mapping} part (the mapping object as JSON) starts the
   * check, with a {@code mode} part too the import runs. A refused mapping or mode forgets the
   * upload again, so a refused request leaves nothing behind.
   */
  @POST
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  @SignedIn
  public Response uploadForm(List<EntityPart> parts) {
    UploadForm form = UploadForm.of(parts);
    return answer(() -> {
      ImportPreview preview = imports.upload(formKey, form.fileName(), form.content());
      if (form.mapping() == null) {
        return Response.status(Response.Status.CREATED).entity(previewJson(preview).toString()).build();
      }
      ImportStatus started;
      try {
        Map<Integer, String> mapping = mapping(preview.id(), form.mapping());
        started = form.mode() == null ? imports.check(formKey, preview.id(), mapping)
            : imports.run(formKey, preview.id(), mapping, form.mode());
      } catch (RuntimeException e) {
        imports.discard(formKey, preview.id());
        throw e;
      }
      JsonObject json = JSON.createObjectBuilder(previewJson(preview)).add("status", statusJson(started)).build();
      return Response.status(Response.Status.CREATED).entity(json.toString()).build();
    });
  }

  /** The progress, report and outcome of an import. */
  @GET
  @Path("{id}")
  @SignedIn
  public Response status(@PathParam("id") String id) {
    return answer(() -> Response.ok(statusJson(imports.status(formKey, id)).toString()).build());
  }

  /** The preview of an upload again. */
  @GET
  @Path("{id}/preview")
  @SignedIn
  public Response preview(@PathParam("id") String id) {
    return answer(() -> Response.ok(previewJson(imports.preview(formKey, id)).toString()).build());
  }

  /** Checks every row with a mapping ({@code {"mapping": {"0": "title", "金额": "amount"}}}) in the background. */
  @POST
  @Path("{id}/check")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response check(@PathParam("id") String id, String body) {
    JsonObject json = JsonBodies.object(body);
    return answer(() -> Response.accepted(statusJson(imports.check(formKey, id, mapping(id,
        json.get("mapping")))).toString()).build());
  }

  /** Runs the import in the background: {@code {"mapping": {...}, "mode": "all-or-nothing" | "valid-rows"}}. */
  @POST
  @Path("{id}/run")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response run(@PathParam("id") String id, String body) {
    JsonObject json = JsonBodies.object(body);
    ImportMode mode = ImportMode.of(json.getString("mode", "")).orElseThrow(() -> new BadRequestProblem("$.mode",
        "Give \"mode\": \"all-or-nothing\" or \"valid-rows\""));
    return answer(() -> Response.accepted(statusJson(imports.run(formKey, id, mapping(id,
        json.get("mapping")), mode)).toString()).build());
  }

  /** Forgets an upload. */
  @DELETE
  @Path("{id}")
  @SignedIn
  public Response discard(@PathParam("id") String id) {
    return answer(() -> {
      imports.discard(formKey, id);
      return Response.noContent().build();
    });
  }

  /** Column number or header text to field name; headers are looked up in the upload's preview. */
  private Map<Integer, String> mapping(String id, JsonValue value) {
    if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new BadRequestProblem("$.mapping", "Give the mapping as an object of column (number from 0, or "
          + "header) to field name");
    }
    List<String> headers = null;
    Map<Integer, String> mapping = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
      if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
        continue;
      }
      if (entry.getValue().getValueType() != JsonValue.ValueType.STRING) {
        throw new BadRequestProblem("$.mapping." + entry.getKey(), "Give the field's name as text");
      }
      String field = ((jakarta.json.JsonString) entry.getValue()).getString();
      if (field.isBlank()) {
        continue;
      }
      Integer column = entry.getKey().matches("\\d{1,4}") ? Integer.valueOf(entry.getKey()) : null;
      if (column == null) {
        if (headers == null) {
          headers = answerOrThrow(id);
        }
        int index = headers.indexOf(entry.getKey());
        if (index < 0) {
          throw new BadRequestProblem("$.mapping." + entry.getKey(), "The file has no column with that header");
        }
        column = index;
      }
      mapping.put(column, field);
    }
    return mapping;
  }

  private List<String> answerOrThrow(String id) {
    try {
      return imports.preview(formKey, id).headers();
    } catch (ImportRefusedException e) {
      throw new jakarta.ws.rs.WebApplicationException(refusal(e));
    }
  }

  private static String fileName(String name, String disposition) {
    if (name != null && !name.isBlank()) {
      return name.strip();
    }
    if (disposition != null) {
      Matcher matcher = FILENAME.matcher(disposition);
      if (matcher.find()) {
        return java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8).strip();
      }
    }
    return null;
  }

  private interface Answer {
    Response get();
  }

  private static Response answer(Answer answer) {
    try {
      return answer.get();
    } catch (ImportRefusedException e) {
      return refusal(e);
    } catch (FormNotFoundException e) {
      return JsonBodies.problem(404, "Not Found", e.getMessage());
    }
  }

  private static Response refusal(ImportRefusedException e) {
    return switch (e.kind()) {
      case TOO_LARGE -> JsonBodies.problem(413, "Content Too Large", e.getMessage());
      case UNSUPPORTED -> JsonBodies.problem(415, "Unsupported Media Type", e.getMessage());
      case MALFORMED -> JsonBodies.problem(400, "Bad Request", e.getMessage());
      case CONFLICT -> JsonBodies.problem(409, "Conflict", e.getMessage());
      case NOT_FOUND -> JsonBodies.problem(404, "Not Found", e.getMessage());
    };
  }


  static JsonObject previewJson(ImportPreview preview) {
    JsonArrayBuilder sample = JSON.createArrayBuilder();
    preview.sample().forEach(row -> sample.add(JSON.createArrayBuilder(row)));
    JsonObjectBuilder suggested = JSON.createObjectBuilder();
    preview.suggested().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> suggested.add(String.valueOf(e.getKey()), e.getValue()));
    JsonArrayBuilder fields = JSON.createArrayBuilder();
    for (ImportField field : preview.fields()) {
      fields.add(JSON.createObjectBuilder().add("name", field.name()).add("label", field.label())
          .add("type", field.type()).add("required", field.required()).add("mappable", field.mappable()));
    }
    return JSON.createObjectBuilder().add("id", preview.id()).add("fileName", preview.fileName())
        .add("format", preview.format()).add("rows", preview.rows())
        .add("headers", JSON.createArrayBuilder(preview.headers())).add("sample", sample)
        .add("suggestedMapping", suggested).add("fields", fields).build();
  }

  static JsonObject statusJson(ImportStatus status) {
    JsonArrayBuilder problems = JSON.createArrayBuilder();
    for (ImportProblem problem : status.problems()) {
      problems.add(JSON.createObjectBuilder().add("row", problem.row()).add("column", problem.column())
          .add("field", problem.field()).add("message", problem.message()));
    }
    JsonObjectBuilder mapping = JSON.createObjectBuilder();
    status.mapping().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .forEach(e -> mapping.add(String.valueOf(e.getKey()), e.getValue()));
    JsonObjectBuilder json = JSON.createObjectBuilder().add("id", status.id()).add("fileName", status.fileName())
        .add("state", status.state().name().toLowerCase(java.util.Locale.ROOT))
        .add("done", status.done()).add("total", status.total()).add("validRows", status.validRows())
        .add("invalidRows", status.invalidRows()).add("imported", status.imported())
        .add("problemCount", status.problemCount()).add("problems", problems).add("mapping", mapping);
    if (status.mode() != null) {
      json.add("mode", status.mode().code());
    }
    if (status.error() != null) {
      json.add("error", status.error());
    }
    return json.build();
  }

}
