package io.atrium.kernel.rest;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditCsv;
import io.atrium.kernel.audit.AuditEntry;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.audit.AuditFilter;
import io.atrium.kernel.audit.AuditReader;
import io.atrium.kernel.audit.AuditVerifier;
import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.kernel.rest.internal.ExceptionMappers;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.time.KernelClock;
import io.atrium.kernel.validation.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log: list and filter entries, export them as CSV, verify the hash chain. */
@Path("v1/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Who did what, when and from where; append-only and hash-chained")
public class AuditResource {

  /** The most entries one page may have. */
  static final int MAX_LIMIT = 500;

  /**
   * One entry.
   *
   * @param id position in the chain
   * @param occurredAt when it happened
   * @param actorId the user's account id, or null (failed sign-ins, background work)
   * @param actorName the user's login name, or the name a failed sign-in tried
   * @param address the client's address
   * @param userAgent the client's browser or program
   * @param category auth, denied, admin or data
   * @param action what happened, e.g. login.failed, plugin.upload, user.update
   * @param objectType the kind of object
   * @param objectId the object's id
   * @param source kernel or the plugin id
   * @param before changed values before (never secrets)
   * @param after changed values after (never secrets)
   * @param hash the entry's hash in the chain
   */
  public record AuditEntryView(long id, Instant occurredAt, Long actorId, String actorName, String address,
      String userAgent, String category, String action, String objectType, String objectId, String source,
      @Schema(type = SchemaType.OBJECT) JsonObject before,
      @Schema(type = SchemaType.OBJECT) JsonObject after,
      String hash) {

    static AuditEntryView of(AuditEntry entry) {
      return new AuditEntryView(entry.id(), entry.occurredAt(), entry.actorId(), entry.actorName(), entry.address(),
          entry.userAgent(), entry.category(), entry.action(), entry.objectType(), entry.objectId(), entry.source(),
          parse(entry.beforeJson()), parse(entry.afterJson()), entry.hash());
    }

    private static JsonObject parse(String json) {
      try (JsonReader reader = Json.createReader(new StringReader(json))) {
        return reader.readObject();
      }
    }
  }

  /**
   * A page of entries, newest first.
   *
   * @param total how many entries match the filters in all
   * @param offset where this page starts
   * @param limit the page size asked for
   * @param entries the entries
   */
  public record AuditPageView(long total, int offset, int limit, List<AuditEntryView> entries) {
  }

  /**
   * The outcome of a chain check.
   *
   * @param ok whether the whole chain is intact
   * @param checked entries found intact (up to the first broken one)
   * @param firstBrokenId the first entry where the chain breaks, or null
   * @param reason changed, missing, reordered or truncated; null when intact
   * @param detail the outcome in words, in the caller's language
   * @param lastId the id of the newest entry the chain head names
   * @param lastHash the head's hash; kept elsewhere, it shows later whether the chain was rewritten
   */
  public record VerifyView(boolean ok, long checked, Long firstBrokenId, String reason, String detail, long lastId,
      String lastHash) {
  }

  @Inject
  AuditReader reader;

  @Inject
  AuditVerifier verifier;

  @Inject
  Audit audit;

  @Inject
  KernelClock clock;

  @Context
  HttpHeaders headers;

  @GET
  @RequiresPermission(KernelPermissions.AUDIT_VIEW)
  @Operation(summary = "Lists audit entries, newest first, with the number that match the filters")
  @APIResponse(responseCode = "200", description = "A page of entries and the total")
  @APIResponse(responseCode = "422", description = "A filter or the paging is invalid; errors name the field")
  public AuditPageView list(@QueryParam("from") @Parameter(description = TIME) String from,
      @QueryParam("to") @Parameter(description = TO) String to,
      @QueryParam("actor") @Parameter(description = "The actor's login name, exactly") String actor,
      @QueryParam("category") @Parameter(description = "auth, denied, admin or data") String category,
      @QueryParam("action") @Parameter(description = "The action or its beginning, e.g. login.") String action,
      @QueryParam("objectType") @Parameter(description = "The kind of object, exactly") String objectType,
      @QueryParam("objectId") @Parameter(description = "The object's id, exactly") String objectId,
      @QueryParam("text") @Parameter(description = "Text anywhere in actor, action, object or values") String text,
      @QueryParam("offset") @DefaultValue("0") @Parameter(description = "Entries to skip",
          schema = @Schema(type = SchemaType.INTEGER)) String offsetText,
      @QueryParam("limit") @DefaultValue("50") @Parameter(description = "Page size, 1 to 500",
          schema = @Schema(type = SchemaType.INTEGER)) String limitText) {
    Problems problems = new Problems();
    AuditFilter filter = filter(problems, from, to, actor, category, action, objectType, objectId, text);
    int offset = number(problems, "offset", offsetText, 0, Integer.MAX_VALUE);
    int limit = number(problems, "limit", limitText, 1, MAX_LIMIT);
    problems.throwIfAny();
    AuditReader.Page page = reader.page(filter, offset, limit);
    return new AuditPageView(page.total(), offset, limit, page.entries().stream().map(AuditEntryView::of).toList());
  }

  @GET
  @Path("{id: [0-9]+}")
  @RequiresPermission(KernelPermissions.AUDIT_VIEW)
  @Operation(summary = "Shows one entry, e.g. to compare its hash with one noted earlier")
  @APIResponse(responseCode = "200", description = "The entry")
  @APIResponse(responseCode = "404", description = "No entry has this id")
  public Response entry(@PathParam("id") long id) {
    return reader.find(id).map(entry -> Response.ok(AuditEntryView.of(entry)).build())
        .orElseGet(() -> Problem.of(Response.Status.NOT_FOUND, "There is no audit entry " + id + "."));
  }

  @GET
  @Path("export")
  @Produces(AuditCsv.MEDIA_TYPE)
  @RequiresPermission(KernelPermissions.AUDIT_VIEW)
  @Operation(summary = "Exports the entries matching the filters as CSV (UTF-8 with byte order mark, for Excel)")
  @APIResponse(responseCode = "200", description = "The CSV file, newest entry first",
      content = @Content(mediaType = "text/csv"))
  @APIResponse(responseCode = "422", description = "A filter is invalid; errors name the field")
  public Response export(@QueryParam("from") @Parameter(description = TIME) String from,
      @QueryParam("to") @Parameter(description = TO) String to,
      @QueryParam("actor") String actor, @QueryParam("category") String category,
      @QueryParam("action") String action, @QueryParam("objectType") String objectType,
      @QueryParam("objectId") String objectId, @QueryParam("text") String text) {
    Problems problems = new Problems();
    AuditFilter filter = filter(problems, from, to, actor, category, action, objectType, objectId, text);
    problems.throwIfAny();
    audit.record(AuditEvent.admin("audit.export", "audit", null, Map.of(), filter.describe()));
    ZoneId zone = clock.zone();
    StreamingOutput body = out -> AuditCsv.write(reader, filter, zone, out);
    return Response.ok(body, AuditCsv.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + AuditCsv.fileName(clock.now(), zone) + "\"")
        .header("Cache-Control", "no-store")
        .build();
  }

  @POST
  @Path("verify")
  @RequiresPermission(KernelPermissions.AUDIT_VIEW)
  @Operation(summary = "Recomputes the hash chain from the first entry and reports the first broken one")
  @APIResponse(responseCode = "200", description = "The outcome; ok is false when the chain is broken")
  public VerifyView verify() {
    AuditVerifier.Result result = verifier.verify();
    Locale locale = ExceptionMappers.locale(headers);
    String reason = result.reason() == null ? null : result.reason().name().toLowerCase(Locale.ROOT);
    String detail = result.ok() ? KernelTexts.format(locale, "audit.verify.ok", result.checked())
        : KernelTexts.format(locale, "audit.verify." + reason, result.firstBrokenId(), result.checked());
    Map<String, Object> outcome = new LinkedHashMap<>();
    outcome.put("ok", result.ok());
    outcome.put("checked", result.checked());
    outcome.put("firstBrokenId", result.firstBrokenId());
    outcome.put("reason", reason);
    audit.record(AuditEvent.admin("audit.verify", "audit", null, Map.of(), outcome));
    return new VerifyView(result.ok(), result.checked(), result.firstBrokenId(), reason, detail, result.lastId(),
        result.lastHash());
  }

  private static final String TIME = "Entries at or after this time: 2025-03-01, 2025-03-01T08:30 (server time zone) "
      + "or 2025-03-01T08:30:00+08:00";
  private static final String TO = "Entries before this time, in the same forms; a date alone includes that day";

  private AuditFilter filter(Problems problems, String from, String to, String actor, String category,
      String action, String objectType, String objectId, String text) {
    ZoneId zone = clock.zone();
    Instant start = time(problems, "from", from, zone, false);
    Instant end = time(problems, "to", to, zone, true);
    problems.check(start != null && end != null && !end.isAfter(start), "to", "validation.audit.range");
    return new AuditFilter(start, end, actor, category, action, objectType, objectId, text);
  }

  /** Parses a whole number within bounds, or adds a problem of the field. */
  private static int number(Problems problems, String field, String text, int min, int max) {
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(field, "validation.audit.number", min, max);
    return min;
  }

  /** Parses a time; a date alone is the start of that day, or with {@code endOfDay} the start of the next. */
  static Instant time(Problems problems, String field, String text, ZoneId zone, boolean endOfDay) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.length() == 10) {
        LocalDate date = LocalDate.parse(value);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
      }
      if (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return OffsetDateTime.parse(value).toInstant();
      }
      return LocalDateTime.parse(value).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      problems.add(field, "validation.audit.time", value);
      return null;
    }
  }

}
