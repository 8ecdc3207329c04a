package io.atrium.web.admin;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditCsv;
import io.atrium.kernel.audit.AuditEntry;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.audit.AuditFilter;
import io.atrium.kernel.audit.AuditReader;
import io.atrium.kernel.audit.AuditVerifier;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.time.KernelClock;
import io.atrium.sdk.security.AccessDeniedException;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.shiro.SecurityUtils;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log viewer: filters, a lazily paged table (the database pages, never the browser),
 * the before/after values of one entry, the CSV export of what the filters select and the chain
 * check. Every action checks {@code atrium:audit:view} itself, as the bean could be reached from
 * another page.
 */
@Named("auditPage")
@ViewScoped
public class AuditPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** The categories the filter offers. */
  public static final List<String> CATEGORIES = List.of("auth", "denied", "admin", "data");

  private LocalDateTime from;
  private LocalDateTime to;
  private String actor;
  private String category;
  private String action;
  private String objectType;
  private String objectId;
  private String text;
  private final Entries entries = new Entries();
  private AuditEntry selected;
  private Verification verification;

  /** One changed value of the selected entry: its key and the JSON before and after. */
  public record Change(String key, String before, String after) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The outcome of the last chain check, for the page. */
  public record Verification(boolean ok, long checked, Long firstBrokenId, String reason, String lastHash)
      implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  /** The table's rows, loaded a page at a time with the current filters. */
  public final class Entries extends LazyDataModel<AuditEntry> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int) Math.min(Integer.MAX_VALUE, reader().count(filter()));
    }

    @Override
    public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
        Map<String, FilterMeta> filterBy) {
      // the table asked count() just before
      return reader().list(filter(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
      return String.valueOf(entry.id());
    }

    @Override
    public AuditEntry getRowData(String rowKey) {
      try {
        return reader().find(Long.parseLong(rowKey)).orElse(null);
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  /** The entries for the table. */
  public Entries getEntries() {
    requirePermission();
    return entries;
  }

  /** Applies the filters: the table starts again at its first page. */
  public void search() {
    requirePermission();
    selected = null;
    var table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":auditForm:entries");
    if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
      dataTable.setFirst(0);
    }
  }

  /** Clears the filters. */
  public void reset() {
    from = null;
    to = null;
    actor = null;
    category = null;
    action = null;
    objectType = null;
    objectId = null;
    text = null;
    search();
  }

  /** Shows one entry's details. */
  public void show(AuditEntry entry) {
    requirePermission();
    selected = entry == null ? null : reader().find(entry.id()).orElse(null);
  }

  /** The entry shown in the details, or null. */
  public AuditEntry getSelected() {
    return selected;
  }

  /** The values of the selected entry, key by key, before and after. */
  public List<Change> getChanges() {
    if (selected == null) {
      return List.of();
    }
    JsonObject before = parse(selected.beforeJson());
    JsonObject after = parse(selected.afterJson());
    TreeSet<String> keys = new TreeSet<>(before.keySet());
    keys.addAll(after.keySet());
    List<Change> changes = new ArrayList<>();
    for (String key : keys) {
      changes.add(new Change(key, show(before.get(key)), show(after.get(key))));
    }
    return changes;
  }

  /** Recomputes the hash chain and keeps the outcome for the page. */
  public void verify() {
    requirePermission();
    AuditVerifier.Result result = CDI.current().select(AuditVerifier.class).get().verify();
    String reason = result.reason() == null ? null : result.reason().name().toLowerCase(java.util.Locale.ROOT);
    verification = new Verification(result.ok(), result.checked(), result.firstBrokenId(), reason, result.lastHash());
    Map<String, Object> outcome = new LinkedHashMap<>();
    outcome.put("ok", result.ok());
    outcome.put("checked", result.checked());
    outcome.put("firstBrokenId", result.firstBrokenId());
    outcome.put("reason", reason);
    audit().record(AuditEvent.admin("audit.verify", "audit", null, Map.of(), outcome));
  }

  /** The outcome of the last check, or null. */
  public Verification getVerification() {
    return verification;
  }

  /** Sends the entries the filters select as a CSV file. */
  public void export() throws IOException {
    requirePermission();
    AuditFilter filter = filter();
    audit().record(AuditEvent.admin("audit.export", "audit", null, Map.of(), filter.describe()));
    FacesContext context = FacesContext.getCurrentInstance();
    ExternalContext external = context.getExternalContext();
    KernelClock clock = clock();
    external.responseReset();
    external.setResponseContentType(AuditCsv.MEDIA_TYPE);
    external.setResponseHeader("Content-Disposition", "attachment; filename=\""
        + AuditCsv.fileName(clock.now(), clock.zone()) + "\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (OutputStream out = external.getResponseOutputStream()) {
      AuditCsv.write(reader(), filter, clock.zone(), out);
    }
    context.responseComplete();
  }

  /** An instant in the company's time zone, for the table. */
  public String time(Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(clock().zone()));
  }

  /** The categories the filter offers. */
  public List<String> getCategories() {
    return CATEGORIES;
  }

  AuditFilter filter() {
    ZoneId zone = clock().zone();
    return new AuditFilter(from == null ? null : from.atZone(zone).toInstant(),
        to == null ? null : to.atZone(zone).toInstant(), actor, category, action, objectType, objectId, text);
  }


  private static JsonObject parse(String json) {
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      return JsonValue.EMPTY_JSON_OBJECT;
    }
  }

  private static String show(JsonValue value) {
    if (value == null) {
      return "";
    }
    return value.getValueType() == JsonValue.ValueType.STRING ? ((jakarta.json.JsonString) value).getString()
        : value.toString();
  }

  private static void requirePermission() {
    if (!SecurityUtils.getSubject().isPermitted(KernelPermissions.AUDIT_VIEW)) {
      throw new AccessDeniedException(KernelPermissions.AUDIT_VIEW);
    }
  }

  private static AuditReader reader() {
    return CDI.current().select(AuditReader.class).get();
  }

  private static Audit audit() {
    return CDI.current().select(Audit.class).get();
  }

  private static KernelClock clock() {
    return CDI.current().select(KernelClock.class).get();
  }

  // filter fields

  /** Start of the time range, in the company's time zone. */
  public LocalDateTime getFrom() {
    return from;
  }

  /** Sets the start. */
  public void setFrom(LocalDateTime from) {
    this.from = from;
  }

  /** End of the time range (exclusive). */
  public LocalDateTime getTo() {
    return to;
  }

  /** Sets the end. */
  public void setTo(LocalDateTime to) {
    this.to = to;
  }

  /** The actor's login name. */
  public String getActor() {
    return actor;
  }

  /** Sets the actor. */
  public void setActor(String actor) {
    this.actor = actor;
  }

  /** The category. */
  public String getCategory() {
    return category;
  }

  /** Sets the category. */
  public void setCategory(String category) {
    this.category = category;
  }

  /** The action or its beginning. */
  public String getAction() {
    return action;
  }

  /** Sets the action. */
  public void setAction(String action) {
    this.action = action;
  }

  /** The kind of object. */
  public String getObjectType() {
    return objectType;
  }

  /** Sets the kind of object. */
  public void setObjectType(String objectType) {
    this.objectType = objectType;
  }

  /** The object's id. */
  public String getObjectId() {
    return objectId;
  }

  /** Sets the object's id. */
  public void setObjectId(String objectId) {
    this.objectId = objectId;
  }

  /** Free text. */
  public String getText() {
    return text;
  }

  /** Sets the free text. */
  public void setText(String text) {
    this.text = text;
  }
}
