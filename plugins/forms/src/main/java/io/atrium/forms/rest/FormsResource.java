package io.atrium.forms.rest;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormDraft;
import io.atrium.forms.FormExistsException;
import io.atrium.forms.FormNotFoundException;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormRecords;
import io.atrium.forms.FormSummary;
import io.atrium.forms.FormVersion;
import io.atrium.forms.PublishPreview;
import io.atrium.forms.PublishRefusedException;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.RecordExports;
import io.atrium.forms.RecordImports;
import io.atrium.forms.RecordPrints;
import io.atrium.forms.schema.json.FormSchemaJson;
import io.atrium.forms.schema.json.InvalidSchemaException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.rest.RequiresPermission;
import io.atrium.sdk.rest.RestResource;
import io.atrium.sdk.rest.SignedIn;
import io.atrium.sdk.expression.Expressions;
import io.atrium.sdk.security.CurrentUser;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/forms}: create, draft and publish forms from JSON schemas, and create, read,
 * change and delete their records. Per-form permissions are checked by the facades.
 */
@Component(service = RestResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class FormsResource implements RestResource {

  /** Looked up once: {@code Json.create...} would search the class path for a provider on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final String PROBLEM_JSON = "application/problem+json";

  // the record detail's sub-resources (decision 47): field references keep the constructor as it is
  @Reference
  private RecordHistoryResource historyResource;
  @Reference
  private RecordFilesResource filesResource;
  @Reference
  private RecordSubmitResource submitResource;
  @Reference
  private FileUploadResource uploadResource;
  @Reference
  private RecordCommentsResource commentsResource;

  private final FormCatalog catalog;
  private final FormRecords records;
  private final FormSchemaJson codec;
  private final CurrentUser user;
  private final RecordPdfResource pdf;
  private final RecordImports imports;
  private final RecordExports exports;

  @Reference
  private TemplatesResource templates;

  @Reference
  private IntakeSettingsResource intake;

  /** Declarative Services injects the facades. */
  @Activate
  public FormsResource(@Reference FormCatalog catalog, @Reference FormRecords records,
      @Reference Expressions expressions, @Reference CurrentUser user, @Reference RecordPrints prints,
      @Reference RecordImports imports, @Reference RecordExports exports) {
    this.catalog = catalog;
    this.records = records;
    this.codec = new FormSchemaJson(expressions);
    this.user = user;
    this.pdf = new RecordPdfResource(prints);
    this.imports = imports;
    this.exports = exports;
  }

  /** The imports of a form's records from CSV and Excel files. */
  @Path("{key}/imports")
  public ImportsResource imports(@PathParam("key") String key) {
    return new ImportsResource(imports, key);
  }

  /** The export of a form's records to CSV or Excel. */
  @Path("{key}/export")
  public ExportResource export(@PathParam("key") String key) {
    return new ExportResource(exports, key);
  }

  @Override
  public String path() {
    return "forms";
  }

  /** The forms the caller may design or use. */
  @GET
  @SignedIn
  public String list() {
    JsonArrayBuilder forms = JSON.createArrayBuilder();
    for (FormSummary form : catalog.forms()) {
      forms.add(JSON.createObjectBuilder().add("key", form.key()).add("name", form.name())
          .add("publishedVersion", form.publishedVersion()).add("hasDraft", form.hasDraft())
          .add("updatedAt", form.updatedAt().toString()));
    }
    return forms.build().toString();
  }

  /** Creates a form (a draft) from a JSON schema. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(FormPermissions.DESIGN)
  public Response create(String schemaJson) {
    try {
      FormDraft draft = catalog.create(schemaJson);
      return Response.status(Response.Status.CREATED).entity(draftJson(draft)).build();
    } catch (InvalidSchemaException e) {
      return schemaProblems(e);
    } catch (FormExistsException e) {
      return JsonBodies.problem(409, "Conflict", e.getMessage());
    }
  }

  /** Replaces the draft of a form. */
  @PUT
  @Path("{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(FormPermissions.DESIGN)
  public Response saveDraft(@PathParam("key") String key, String schemaJson) {
    try {
      return Response.ok(draftJson(catalog.saveDraft(key, schemaJson))).build();
    } catch (InvalidSchemaException e) {
      return schemaProblems(e);
    } catch (FormNotFoundException e) {
      return JsonBodies.problem(404, "Not Found", e.getMessage());
    }
  }

  /** The draft of a form. */
  @GET
  @Path("{key}/draft")
  @RequiresPermission(FormPermissions.DESIGN)
  public Response draft(@PathParam("key") String key) {
    return catalog.draft(key).map(d -> Response.ok(draftJson(d)).build()).orElseGet(() -> noForm(key));
  }

  /** What publishing the draft would do. */
  @GET
  @Path("{key}/preview")
  @RequiresPermission(FormPermissions.DESIGN)
  public Response preview(@PathParam("key") String key) {
    try {
      return Response.ok(previewJson(catalog.preview(key))).build();
    } catch (FormNotFoundException e) {
      return JsonBodies.problem(404, "Not Found", e.getMessage());
    }
  }

  /** Publishes the draft: migrates the table, then records use the new version. */
  @POST
  @Path("{key}/publish")
  @RequiresPermission(FormPermissions.DESIGN)
  public Response publish(@PathParam("key") String key) {
    try {
      PublishedForm published = catalog.publish(key);
      return Response.ok(publishedJson(published)).build();
    } catch (FormNotFoundException e) {
      return JsonBodies.problem(404, "Not Found", e.getMessage());
    } catch (PublishRefusedException e) {
      return JsonBodies.problem(409, "Conflict", e.getMessage());
    }
  }

  /** The published schema records are filled with. */
  @GET
  @Path("{key}/schema")
  @SignedIn
  public Response schema(@PathParam("key") String key) {
    records.fieldAccess(key); // checks that the caller may use the form
    return catalog.published(key).map(p -> Response.ok(publishedJson(p)).build()).orElseGet(() -> noForm(key));
  }

  /** The published versions with what changed. */
  @GET
  @Path("{key}/versions")
  @RequiresPermission(FormPermissions.DESIGN)
  public String versions(@PathParam("key") String key) {
    JsonArrayBuilder versions = JSON.createArrayBuilder();
    for (FormVersion version : catalog.versions(key)) {
      versions.add(JSON.createObjectBuilder().add("version", version.version())
          .add("publishedAt", version.publishedAt().toString())
          .add("publishedBy", version.publishedBy() == null ? "" : version.publishedBy())
          .add("changes", JSON.createArrayBuilder(version.changes())));
    }
    return versions.build().toString();
  }

  /** Creates a record; {@code ?submit=false} keeps it as a draft. */
  @POST
  @Path("{key}/records")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public Response createRecord(@PathParam("key") String key, @QueryParam("submit") @DefaultValue("true") boolean submit,
      String body) {
    RecordData created = records.create(key, values(body), submit);
    return Response.status(Response.Status.CREATED).entity(JsonValues.record(created).toString()).build();
  }

  /** A page of records, filtered and sorted. */
  @GET
  @Path("{key}/records")
  @SignedIn
  public String listRecords(@PathParam("key") String key, @QueryParam("filter") List<String> filters,
      @QueryParam("sort") String sort, @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit, @QueryParam("q") String quickSearch) {
    RecordPage page = records.list(key, QueryParameters.parse(filters, sort, offset, limit), quickSearch);
    JsonArrayBuilder items = JSON.createArrayBuilder();
    page.records().forEach(r -> items.add(JsonValues.record(r)));
    return JSON.createObjectBuilder().add("total", page.total()).add("offset", offset).add("records", items).build()
        .toString();
  }

  /** The PDF of a record, printed with its form's print template (see {@link RecordPdfResource}). */
  @Path("{key}/records/{id}/pdf")
  public RecordPdfResource pdf() {
    return pdf;
  }

  /** One record. */
  @GET
  @Path("{key}/records/{id}")
  @SignedIn
  public String getRecord(@PathParam("key") String key, @PathParam("id") long id) {
    return records.get(key, id).map(r -> JsonValues.record(r).toString())
        .orElseThrow(() -> new RecordNotFoundException("forms." + key, id));
  }

  /**
   * Changes fields of a record. The body holds {@code version} (the version read) and
   * {@code values} (the fields to change).
   */
  @PUT
  @Path("{key}/records/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @SignedIn
  public String updateRecord(@PathParam("key") String key, @PathParam("id") long id, String body) {
    RecordChange change = RecordChange.of(body, true);
    RecordData updated = records.update(key, id, change.version(), change.values());
    return JsonValues.record(updated).toString();
  }

  /** Moves a record to the recycle bin. */
  @DELETE
  @Path("{key}/records/{id}")
  @SignedIn
  public Response deleteRecord(@PathParam("key") String key, @PathParam("id") long id) {
    if (records.delete(key, List.of(id)) == 0) {
      throw new RecordNotFoundException("forms." + key, id);
    }
    return Response.noContent().build();
  }

  /** Brings a record back from the recycle bin. */
  @POST
  @Path("{key}/records/{id}/restore")
  @SignedIn
  public Response restoreRecord(@PathParam("key") String key, @PathParam("id") long id) {
    if (records.restore(key, List.of(id)) == 0) {
      throw new RecordNotFoundException("forms." + key, id);
    }
    return Response.noContent().build();
  }

  /** {@code templates}: the one-click app templates. */
  @Path("templates")
  public TemplatesResource templates() {
    return templates;
  }

  /** {@code <key>/intake}: the form's public intake settings. */
  @Path("{key}/intake")
  public IntakeSettingsResource intake() {
    return intake;
  }

  /** The record's change history: {@link RecordHistoryResource}. */
  @Path("{key}/records/{id}/history")
  public RecordHistoryResource history() {
    return historyResource;
  }

  /** A file of the record: {@link RecordFilesResource}. */
  @Path("{key}/records/{id}/files/{blobId}")
  public RecordFilesResource file() {
    return filesResource;
  }

  /** Submits a draft: {@link RecordSubmitResource}. */
  @Path("{key}/records/{id}/submit")
  public RecordSubmitResource submit() {
    return submitResource;
  }

  /** Uploads a file for a file field: {@link FileUploadResource}. */
  @Path("{key}/files")
  public FileUploadResource upload() {
    return uploadResource;
  }

  /** The record's comments: {@link RecordCommentsResource}. */
  @Path("{key}/records/{id}/comments")
  public RecordCommentsResource comments() {
    return commentsResource;
  }

  private static Map<String, Object> values(String body) {
    JsonObject json = JsonBodies.object(body);
    JsonValue values = json.get("values");
    // both {"values": {...}} and the bare field object are accepted
    return JsonValues.fromJson(values != null && values.getValueType() == JsonValue.ValueType.OBJECT
        ? values.asJsonObject() : json);
  }


  private String draftJson(FormDraft draft) {
    return JSON.createObjectBuilder().add("key", draft.schema().key()).add("publishedVersion", draft.publishedVersion())
        .add("savedAt", draft.savedAt().toString()).add("schema", codec.write(draft.schema())).build()
        .toString();
  }

  private String publishedJson(PublishedForm published) {
    return JSON.createObjectBuilder().add("key", published.schema().key()).add("version", published.version())
        .add("publishedAt", published.publishedAt().toString())
        .add("schema", codec.write(published.schema())).build().toString();
  }

  private static String previewJson(PublishPreview preview) {
    return JSON.createObjectBuilder().add("publishable", preview.publishable())
        .add("changes", JSON.createArrayBuilder(preview.changes()))
        .add("steps", JSON.createArrayBuilder(preview.steps()))
        .add("refusals", JSON.createArrayBuilder(preview.refusals())).build().toString();
  }

  private Response schemaProblems(InvalidSchemaException e) {
    JsonArrayBuilder problems = JSON.createArrayBuilder();
    e.problems().forEach(p -> problems.add(JSON.createObjectBuilder().add("pointer", p.path()).add("detail",
        p.message(user.locale()))));
    JsonObject body = JSON.createObjectBuilder().add("type", "about:blank").add("title", "Bad Request")
        .add("status", 400).add("detail", "The form schema has " + e.problems().size() + " problem(s)")
        .add("problems", problems).build();
    return Response.status(400).type(PROBLEM_JSON).entity(body.toString()).build();
  }

  private static Response noForm(String key) {
    return JsonBodies.problem(404, "Not Found", "There is no form '" + key + "'");
  }

}
