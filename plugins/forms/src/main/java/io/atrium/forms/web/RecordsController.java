package io.atrium.forms.web;

import io.atrium.forms.FormCatalog;
import io.atrium.forms.FormPermissions;
import io.atrium.forms.FormRecords;
import io.atrium.forms.PublishedForm;
import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.sdk.blob.BlobStore;
import io.atrium.sdk.identity.Directory;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordPage;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.security.AccessDeniedException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.security.FieldAccess;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.ui.Controller;
import io.atrium.sdk.ui.ControllerScope;
import jakarta.faces.application.FacesMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * Backs {@code forms/records.xhtml?form=<key>}: a page of records at a time from
 * {@code FormRecords.list} with filters, sort, quick search and paging done by the server, a column
 * chooser, the user's saved views, deleting to the recycle bin and restoring from it.
 */
@Component(service = RecordsController.class, scope = ServiceScope.PROTOTYPE)
@Controller(name = "formsRecords", scope = ControllerScope.VIEW)
public class RecordsController {

  /** Page sizes offered. */
  static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);
  /** Columns shown when the user chose none: the first fields of the form. */
  static final int DEFAULT_COLUMNS = 6;
  /** Types not shown in a list cell. */
  private static final Set<FieldType> NOT_LISTED = EnumSet.of(FieldType.SUBTABLE, FieldType.RICHTEXT,
      FieldType.SIGNATURE);

  private final FormCatalog catalog;
  private final FormRecords records;
  private final SavedViews views;
  private final CurrentUser user;
  private final AtriumClock clock;
  private final DirectoryChoices directory;
  private final BlobStore blobs;
  private String key;
  private PublishedForm form;
  private List<ColumnView> columns;
  private ListState state = new ListState();
  private int first;
  private boolean bin;
  private long total;
  private List<RecordRow> rows;
  private final Map<Long, Boolean> selected = new HashMap<>();
  private String viewName;
  private Long viewId;

  /** Declarative Services injects the facades and host services. */
  @Activate
  public RecordsController(@Reference FormCatalog catalog, @Reference FormRecords records,
      @Reference SavedViews views, @Reference CurrentUser user, @Reference Directory directory,
      @Reference AtriumClock clock,
      @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
      BlobStore blobs) {
    this.catalog = catalog;
    this.records = records;
    this.views = views;
    this.user = user;
    this.clock = clock;
    this.blobs = blobs;
    this.directory = new DirectoryChoices(directory);
  }

  /** Reads the form of the request; 404 for an unknown one, 403 without its view permission. */
  public void load() {
    if (form != null) {
      return;
    }
    key = Pages.formKey();
    Optional<PublishedForm> published = Pages.permittedForm(catalog, user, key, "view");
    if (published.isEmpty()) {
      return;
    }
    form = published.get();
    bin = "1".equals(Pages.param("bin"));
    columns = columns();
    state.columns = new ArrayList<>(defaultColumns());
    Long requested = Pages.longParam("view");
    if (requested != null) {
      views.find(requested).ifPresent(this::apply);
    }
  }

  private List<ColumnView> columns() {
    Locale locale = user.locale();
    Map<String, FieldAccess> access = records.fieldAccess(key);
    List<ColumnView> list = new ArrayList<>();
    list.add(new ColumnView("serial", Pages.text(user.locale(), "forms.ui.column.serial"), null, true));
    for (FieldDefinition field : form.schema().fields()) {
      if (NOT_LISTED.contains(field.type()) || !access.getOrDefault(field.name(), FieldAccess.WRITE).readable()) {
        continue;
      }
      list.add(new ColumnView(field.name(), field.label().in(locale), field, field.filterable()));
    }
    list.add(new ColumnView("status", Pages.text(user.locale(), "forms.ui.column.status"), null, true));
    list.add(new ColumnView("createdAt", Pages.text(user.locale(), "forms.ui.column.createdAt"), null, true));
    list.add(new ColumnView("updatedAt", Pages.text(user.locale(), "forms.ui.column.updatedAt"), null, true));
    return list;
  }

  private List<String> defaultColumns() {
    List<String> chosen = new ArrayList<>();
    chosen.add("serial");
    columns.stream().filter(c -> c.field() != null).limit(DEFAULT_COLUMNS).forEach(c -> chosen.add(c.id()));
    chosen.add("status");
    chosen.add("createdAt");
    return chosen;
  }

  public String getKey() {
    return key;
  }

  /** The form's name in the page's language. */
  public String getName() {
    return form == null ? "" : form.schema().name().in(user.locale());
  }

  /** Whether the page shows the recycle bin. */
  public boolean isBin() {
    return bin;
  }

  /** Every column the chooser offers. */
  public List<ColumnView> getColumns() {
    return columns == null ? List.of() : columns;
  }

  /** The columns shown, in the form's order. */
  public List<ColumnView> getVisibleColumns() {
    return getColumns().stream().filter(c -> state.columns.contains(c.id())).toList();
  }

  /** The filterable columns, for the filter inputs. */
  public List<ColumnView> getFilterColumns() {
    return bin ? List.of() : getColumns().stream().filter(ColumnView::isFilterable).toList();
  }

  /** The ids of the columns shown; the column chooser's value. */
  public List<String> getChosenColumns() {
    return state.columns;
  }

  public void setChosenColumns(List<String> chosen) {
    state.columns = chosen == null || chosen.isEmpty() ? new ArrayList<>(defaultColumns()) : new ArrayList<>(chosen);
  }

  /** The choices of an option column's filter. */
  public List<Choice> options(FieldDefinition field) {
    Locale locale = user.locale();
    return field.options().stream().map(o -> new Choice(o.value(), o.label().in(locale))).toList();
  }

  /** The typed filter values by field name. */
  public Map<String, String> getFilters() {
    return state.filters;
  }

  public String getQuick() {
    return state.quick;
  }

  public void setQuick(String quick) {
    state.quick = quick;
  }

  public int getPageSize() {
    return state.pageSize;
  }

  public void setPageSize(int pageSize) {
    state.pageSize = PAGE_SIZES.contains(pageSize) ? pageSize : ListState.DEFAULT_PAGE_SIZE;
  }

  /** The page sizes offered. */
  public List<Integer> getPageSizes() {
    return PAGE_SIZES;
  }

  /** The column sorted on, or null for newest first. */
  public String getSortField() {
    return state.sortField;
  }

  /** Whether the sort is ascending. */
  public boolean isAscending() {
    return state.ascending;
  }

  /** Sorts on a column; a second click on it turns the order around. */
  public void sort(String column) {
    if (getColumns().stream().noneMatch(c -> c.id().equals(column) && c.sortable())) {
      return;
    }
    if (column.equals(state.sortField)) {
      state.ascending = !state.ascending;
    } else {
      state.sortField = column;
      state.ascending = true;
    }
    first = 0;
    rows = null;
  }

  /** Applies the filters and the quick search from the first page. */
  public void search() {
    first = 0;
    rows = null;
    selected.clear();
  }

  /** Clears filters, quick search and sort. */
  public void clear() {
    state.filters.clear();
    state.quick = null;
    state.sortField = null;
    search();
  }

  /** The records of the current page, read once per request. */
  public List<RecordRow> getRows() {
    if (rows == null) {
      rows = load(first, state.pageSize);
    }
    return rows;
  }

  private List<RecordRow> load(int offset, int limit) {
    if (form == null) {
      return List.of();
    }
    RecordPage page;
    try {
      page = bin ? records.recycleBin(key, offset, limit) : records.list(key, query(offset, limit), quick());
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
      return List.of();
    } catch (IllegalArgumentException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.records.bad-filter", e.getMessage()));
      return List.of();
    }
    total = page.total();
    ValueFormatter formatter = formatter();
    List<RecordRow> list = new ArrayList<>();
    for (RecordData record : page.records()) {
      list.add(new RecordRow(record.id(), cells(record, formatter)));
    }
    return list;
  }

  private String quick() {
    return state.quick == null || state.quick.isBlank() ? null : state.quick.strip();
  }

  /** The query of the current filters, sort and page. */
  RecordQuery query(int offset, int limit) {
    RecordQuery query = RecordQuery.all();
    for (ColumnView column : getFilterColumns()) {
      String text = state.filters.get(column.id());
      if (text == null || text.isBlank()) {
        continue;
      }
      query = condition(query, column, text.strip());
    }
    if (state.sortField != null) {
      query = query.orderBy(state.sortField, state.ascending);
    }
    return query.page(offset, limit);
  }

  private static RecordQuery condition(RecordQuery query, ColumnView column, String text) {
    String field = column.id();
    return switch (column.getFilterKind()) {
      case "options" -> query.where(field, column.field().multiValued() ? RecordQuery.Operator.CONTAINS
          : RecordQuery.Operator.EQ, text);
      case "boolean" -> query.where(field, RecordQuery.Operator.EQ, Boolean.valueOf(text));
      case "number" -> {
        try {
          yield query.where(field, RecordQuery.Operator.EQ, new BigDecimal(text));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(column.label() + ": " + text);
        }
      }
      case "date" -> {
        try {
          yield query.where(field, RecordQuery.Operator.EQ, LocalDate.parse(text));
        } catch (DateTimeParseException e) {
          throw new IllegalArgumentException(column.label() + ": " + text);
        }
      }
      default -> column.field().type() == FieldType.USER || column.field().type() == FieldType.DEPARTMENT
          || column.field().type() == FieldType.LOOKUP
          ? query.where(field, RecordQuery.Operator.EQ, parseLong(column, text))
          : query.where(field, RecordQuery.Operator.CONTAINS, text);
    };
  }

  private static Long parseLong(ColumnView column, String text) {
    try {
      return Long.valueOf(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column.label() + ": " + text);
    }
  }

  private Map<String, String> cells(RecordData record, ValueFormatter formatter) {
    Map<String, String> cells = new LinkedHashMap<>();
    for (ColumnView column : getVisibleColumns()) {
      String text = switch (column.id()) {
        case "serial" -> record.serial() == null ? "#" + record.id() : record.serial();
        case "status" -> Pages.text(user.locale(), "forms.ui.status." + record.status().name());
        case "createdAt" -> formatter.instant(record.createdAt());
        case "updatedAt" -> formatter.instant(record.updatedAt());
        default -> formatter.format(column.field(), record.value(column.id()));
      };
      cells.put(column.id(), text);
    }
    return cells;
  }

  private ValueFormatter formatter() {
    return new ValueFormatter(user.locale(), clock.zone(), directory, new BuiltInRegions(), blobs);
  }

  /** How many records match in all. */
  public long getTotal() {
    getRows();
    return total;
  }

  /** Index of the first record on the page. */
  public int getFirst() {
    return first;
  }

  /** The page number shown, from 1. */
  public int getPage() {
    return first / state.pageSize + 1;
  }

  /** How many pages there are, at least 1. */
  public int getPages() {
    long count = getTotal();
    return (int) Math.max(1, (count + state.pageSize - 1) / state.pageSize);
  }

  /** Goes to the previous page. */
  public void previous() {
    first = Math.max(0, first - state.pageSize);
    rows = null;
  }

  /** Goes to the next page. */
  public void next() {
    if (first + state.pageSize < getTotal()) {
      first += state.pageSize;
      rows = null;
    }
  }

  /** Takes a changed page size from the first page. */
  public void pageSizeChanged() {
    search();
  }

  /** The selection by record id, bound to the rows' check boxes. */
  public Map<Long, Boolean> getSelected() {
    return selected;
  }

  private List<Long> selectedIds() {
    return selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue())).map(Map.Entry::getKey)
        .toList();
  }

  /** Whether the caller may create records (the "new" button). */
  public boolean isMayCreate() {
    return key != null && user.isPermitted(FormPermissions.of(key, "create"));
  }

  /** Whether the caller may import records (the import page). */
  public boolean isMayImport() {
    return key != null && user.isPermitted(FormPermissions.of(key, "import"));
  }

  /** Whether the caller may export records (the export buttons). */
  public boolean isMayExport() {
    return key != null && user.isPermitted(FormPermissions.of(key, "export"));
  }

  /** The quick search as the list applies it, or null; exports use it. */
  String quickSearch() {
    return quick();
  }

  /** Whether the caller may delete and restore records. */
  public boolean isMayDelete() {
    return key != null && user.isPermitted(FormPermissions.of(key, "delete"));
  }

  /** Moves the selected records to the recycle bin. */
  public void deleteSelected() {
    bulk(true);
  }

  /** Brings the selected records back from the recycle bin. */
  public void restoreSelected() {
    bulk(false);
  }

  private void bulk(boolean delete) {
    List<Long> ids = selectedIds();
    if (ids.isEmpty()) {
      Pages.message(null, FacesMessage.SEVERITY_WARN, Pages.text(user.locale(), "forms.ui.records.none-selected"));
      return;
    }
    try {
      int count = delete ? records.delete(key, ids) : records.restore(key, ids);
      Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), delete ? "forms.ui.records.deleted"
          : "forms.ui.records.restored", count));
      selected.clear();
      rows = null;
      if (first >= getTotal() && first > 0) {
        previous();
      }
    } catch (AccessDeniedException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), "forms.ui.error.denied"));
    }
  }

  /** The caller's saved views of this form. */
  public List<SavedView> getSavedViews() {
    return key == null ? List.of() : views.of(key);
  }

  public String getViewName() {
    return viewName;
  }

  public void setViewName(String viewName) {
    this.viewName = viewName;
  }

  /** The saved view the list shows, or null. */
  public Long getViewId() {
    return viewId;
  }

  /** Saves the list's columns, sort, filters and quick search under the typed name. */
  public void saveView() {
    try {
      SavedView view = views.save(key, viewName, state.write());
      viewId = view.getId();
      viewName = null;
      Pages.message(null, FacesMessage.SEVERITY_INFO, Pages.text(user.locale(), "forms.ui.views.saved", view.getName()));
    } catch (IllegalArgumentException e) {
      Pages.message(null, FacesMessage.SEVERITY_ERROR, Pages.text(user.locale(), e.getMessage(), SavedViews.MAX_PER_FORM));
    }
  }

  /** Shows a saved view. */
  public void openView(long id) {
    views.find(id).ifPresent(this::apply);
  }

  /** Deletes a saved view. */
  public void deleteView(long id) {
    if (views.delete(id) && Long.valueOf(id).equals(viewId)) {
      viewId = null;
    }
  }

  private void apply(SavedView view) {
    ListState saved = ListState.read(view.getState());
    List<String> known = getColumns().stream().map(ColumnView::id).toList();
    saved.columns.retainAll(known);
    if (saved.columns.isEmpty()) {
      saved.columns = new ArrayList<>(defaultColumns());
    }
    saved.filters.keySet().retainAll(getFilterColumns().stream().map(ColumnView::id).toList());
    if (saved.sortField != null && getColumns().stream().noneMatch(c -> c.id().equals(saved.sortField) && c.sortable())) {
      saved.sortField = null;
    }
    if (!PAGE_SIZES.contains(saved.pageSize)) {
      saved.pageSize = ListState.DEFAULT_PAGE_SIZE;
    }
    state = saved;
    viewId = view.getId();
    search();
  }
}
