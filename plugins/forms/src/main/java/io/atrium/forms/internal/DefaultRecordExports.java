package io.atrium.forms.internal;

import io.atrium.forms.FormPermissions;
import io.atrium.forms.RecordExports;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FormsTexts;
import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.RecordList;
import io.atrium.forms.storage.RecordStore;
import io.atrium.sdk.audit.AuditLog;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.AccessService;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.security.RowFilter;
import io.atrium.sdk.table.Spreadsheets;
import io.atrium.sdk.table.TableFormat;
import io.atrium.sdk.table.TableWriter;
import io.atrium.sdk.time.AtriumClock;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RecordExports}: pages of the records the caller may view, written as they are read, with
 * a column per readable field (sub-tables are left out; serial numbers are fields) and the
 * creation time; one audit entry per export.
 */
@Component(service = RecordExports.class)
public class DefaultRecordExports implements RecordExports {

  /** Records read per page while writing. */
  static final int PAGE = 1_000;

  private final PublishedForms forms;
  private final RecordStore store;
  private final CurrentUser user;
  private final AccessService access;
  private final Directory directory;
  private final BlobStore blobs;
  private final Transactions transactions;
  private final AuditLog audit;
  private final AtriumClock clock;
  private final Spreadsheets spreadsheets;
  private final PermittedForms permittedForms;

  /** Declarative Services injects the collaborators. */
  @Activate
  public DefaultRecordExports(@Reference PublishedForms forms, @Reference RecordStore store,
      @Reference CurrentUser user, @Reference AccessService access, @Reference Directory directory,
      @Reference BlobStore blobs, @Reference Transactions transactions, @Reference AuditLog audit,
      @Reference AtriumClock clock, @Reference Spreadsheets spreadsheets) {
    this.forms = forms;
    this.store = store;
    this.user = user;
    this.access = access;
    this.directory = directory;
    this.blobs = blobs;
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
    this.spreadsheets = spreadsheets;
    this.permittedForms = new PermittedForms(forms, user);
  }

  @Override
  public Export prepare(String formKey, RecordQuery query, String quickSearch, TableFormat format) {
    Locale locale = user.locale();
    CurrentForm form = permittedForms.permitted(formKey, "export");
    RowFilter rows = access.rows(FormPermissions.resource(formKey), "view");
    Map<String, FieldAccess> granted = FieldRights.granted(access, form);
    for (RecordQuery.Condition condition : query.conditions()) {
      hiddenInQuery(granted, condition.field(), locale);
    }
    for (RecordQuery.Order order : query.orders()) {
      hiddenInQuery(granted, order.field(), locale);
    }
    List<FieldDefinition> columns = form.published().schema().fields().stream()
        .filter(f -> granted.getOrDefault(f.name(), FieldAccess.HIDDEN).readable())
        .filter(f -> f.type() != io.atrium.forms.schema.FieldType.SUBTABLE).toList();
    String name = formKey + "-" + DateTimeFormatter.BASIC_ISO_DATE.format(clock.now().atZone(clock.zone())) + "."
        + format.extension();
    return new Export() {
      @Override
      public String fileName() {
        return name;
      }

      @Override
      public String mediaType() {
        return format.mediaType();
      }

      @Override
      public void writeTo(OutputStream out) throws IOException {
        write(form, query, quickSearch, rows, columns, format, locale, out);
      }
    };
  }

  private void write(CurrentForm form, RecordQuery query, String quickSearch, RowFilter rows,
      List<FieldDefinition> columns, TableFormat format, Locale locale, OutputStream out) throws IOException {
    ExportCells cells = new ExportCells(locale, directory, blobs);
    int written = 0;
    try (TableWriter writer = spreadsheets.write(out, format, form.published().schema().name(locale),
        clock.zone())) {
      List<String> header = new ArrayList<>();
      columns.forEach(f -> header.add(f.label().in(locale)));
      header.add(FormsTexts.text(locale, "forms.export.createdAt"));
      writer.row(header);
      if (!rows.none()) {
        // the record id last, so pages do not overlap where the chosen order has ties
        RecordQuery ordered = query.orderBy("id", true);
        ListOptions options = ListOptions.live().withRowFilter(rows.all() ? null : rows)
            .withQuickSearch(quickSearch).countingUpTo(0);
        for (int offset = 0; ; offset += PAGE) {
          RecordList page = store.query(form.layout(), ordered.page(offset, PAGE), options);
          for (RecordData record : page.records()) {
            List<Object> row = new ArrayList<>(columns.size() + 1);
            columns.forEach(f -> row.add(cells.value(f, record.values().get(f.name()))));
            row.add(record.createdAt());
            writer.row(row);
            written++;
          }
          if (!page.hasMore()) {
            break;
          }
        }
      }
    }
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("format", format.extension());
    after.put("records", written);
    after.put("fields", columns.stream().map(FieldDefinition::name).toList());
    after.put("filter", query.conditions().stream().map(c -> c.field() + ":" + c.operator()).toList());
    int count = written;
    transactions.required(() -> {
      audit.record("record.export", DefaultFormRecords.source(form.key()), String.valueOf(count), Map.of(), after);
      return null;
    });
  }

  private static void hiddenInQuery(Map<String, FieldAccess> fields, String name, Locale locale) {
    if (fields.get(name) == FieldAccess.HIDDEN) {
      throw new AccessDeniedException(FormsTexts.text(locale, "forms.records.hiddenInQuery", name));
    }
  }
}
